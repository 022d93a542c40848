// @vitest-environment happy-dom
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import OfflineStatus from '@/components/OfflineStatus.vue'
import { i18n } from '@/i18n'

const text = (secure: boolean, ready: boolean) =>
  mount(OfflineStatus, { props: { secure, ready }, global: { plugins: [i18n] } }).text()

describe('whether the app opens offline, as 数据 says it', () => {
  it('over plain HTTP says why it cannot install or open offline, and what to do', () => {
    expect(text(false, false)).toBe(
      '当前通过 HTTP 访问：浏览器只在 HTTPS（或本机地址）下允许安装本应用和离线打开。应用照常可用；如需离线使用，请向系统管理员索取 HTTPS 地址。',
    )
  })

  it('on HTTPS or this machine says when it is ready', () => {
    expect(text(true, false)).toBe('正在准备离线使用（首次打开后完成）。')
    expect(text(true, true)).toBe('本应用已可离线打开，也可从浏览器菜单安装到桌面。')
  })
})
