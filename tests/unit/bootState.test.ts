// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest'
import { belowFloor, markBooted } from '@/bootState'

/** index.html's message as boot-check.js leaves it after a slow start. */
function shownMessage(): HTMLElement {
  const message = document.createElement('div')
  message.id = 'browser-unsupported'
  message.style.display = 'block'
  document.body.append(message)
  return message
}

describe('the app and public/boot-check.js', () => {
  beforeEach(() => {
    document.body.innerHTML = ''
    document.documentElement.removeAttribute('data-booted')
    document.documentElement.removeAttribute('data-below-floor')
  })

  it('once started, marks <html data-booted> and takes back a message a slow start let show', () => {
    const message = shownMessage()
    markBooted()
    expect(document.documentElement.getAttribute('data-booted')).toBe('true')
    expect(message.style.display).toBe('none')
  })

  it('marks the start where the page has no message', () => {
    markBooted()
    expect(document.documentElement.getAttribute('data-booted')).toBe('true')
  })

  it('does not start where boot-check.js found the browser below the floor', () => {
    expect(belowFloor()).toBe(false)
    document.documentElement.setAttribute('data-below-floor', 'true')
    expect(belowFloor()).toBe(true)
  })
})
