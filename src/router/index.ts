import { createRouter, createWebHashHistory, type RouteRecordRaw } from 'vue-router'
import OverviewView from '@/views/OverviewView.vue'

declare module 'vue-router' {
  interface RouteMeta {
    /** i18n key of the page title. */
    titleKey: string
  }
}

/** The routes of SPEC §7; all but the overview load on first visit. */
export const routes: RouteRecordRaw[] = [
  { path: '/', name: 'overview', component: OverviewView, meta: { titleKey: 'nav.overview' } },
  {
    path: '/indicators',
    name: 'indicators',
    component: () => import('@/views/IndicatorsView.vue'),
    meta: { titleKey: 'nav.indicators' },
  },
  {
    path: '/indicator/:code',
    name: 'indicator',
    component: () => import('@/views/IndicatorView.vue'),
    props: true,
    meta: { titleKey: 'nav.indicator' },
  },
  { path: '/units', name: 'units', component: () => import('@/views/UnitsView.vue'), meta: { titleKey: 'nav.units' } },
  { path: '/focus', name: 'focus', component: () => import('@/views/FocusView.vue'), meta: { titleKey: 'nav.focus' } },
  {
    path: '/department',
    name: 'department',
    component: () => import('@/views/DepartmentView.vue'),
    meta: { titleKey: 'nav.department' },
  },
  {
    path: '/budget',
    name: 'budget',
    component: () => import('@/views/BudgetView.vue'),
    meta: { titleKey: 'nav.budget' },
  },
  {
    path: '/rectify',
    name: 'rectify',
    component: () => import('@/views/RectifyView.vue'),
    meta: { titleKey: 'nav.rectify' },
  },
  {
    path: '/review',
    name: 'review',
    component: () => import('@/views/ReviewView.vue'),
    meta: { titleKey: 'nav.review' },
  },
  { path: '/entry', name: 'entry', component: () => import('@/views/EntryView.vue'), meta: { titleKey: 'nav.entry' } },
  {
    path: '/import',
    name: 'import',
    component: () => import('@/views/ImportView.vue'),
    meta: { titleKey: 'nav.import' },
  },
  {
    path: '/report',
    name: 'report',
    component: () => import('@/views/ReportView.vue'),
    meta: { titleKey: 'nav.report' },
  },
  { path: '/data', name: 'data', component: () => import('@/views/DataView.vue'), meta: { titleKey: 'nav.data' } },
  { path: '/:unknown(.*)*', redirect: '/' },
]

/** Hash history, so deep links work from any static server or shared folder. */
export function createAppRouter() {
  return createRouter({ history: createWebHashHistory(), routes, scrollBehavior })
}

/**
 * Back and forward return to where the page was; a link naming a place (`#id`) goes there;
 * any other route opens at its top, title in view.
 */
export function scrollBehavior(
  to: { hash: string },
  _from: unknown,
  savedPosition: { left: number; top: number } | null,
): { left?: number; top: number } | { el: string } {
  if (savedPosition) return savedPosition
  if (to.hash) return { el: to.hash }
  return { top: 0 }
}
