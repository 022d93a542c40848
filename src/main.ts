import 'element-plus/dist/index.css'
import './styles/base.css'
import { createPinia } from 'pinia'
import { createApp } from 'vue'
import App from './App.vue'
import { i18n } from './i18n'
import { createAppRouter } from './router'
import { prefetchAfterFirstPaint } from './router/prefetch'
import { useSettingsStore } from './stores/settings'

const app = createApp(App)
const pinia = createPinia()
app.use(pinia).use(createAppRouter()).use(i18n)

// Remembered language first, so the first paint is already in it.
const settings = useSettingsStore(pinia)
settings
  .load()
  .catch(() => undefined) // The shell reports an unusable database itself.
  .finally(() => app.mount('#app'))

// The charts (ECharts is the largest chunk) and the drill-down, fetched while the user reads the first screen.
prefetchAfterFirstPaint([() => import('@/components/OverviewCharts.vue'), () => import('@/views/IndicatorView.vue')])
