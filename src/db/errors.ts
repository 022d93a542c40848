/**
 * What a failed write means for the user, in Chinese. Every write is one transaction,
 * so whatever went wrong, nothing of it was kept — the message says so.
 */
export function describeWriteError(cause: unknown): string {
  const error = cause as { name?: string; message?: string; inner?: { name?: string } } | null
  const name = error?.inner?.name ?? error?.name ?? ''
  if (name === 'QuotaExceededError' || /quota/i.test(error?.message ?? '')) {
    return '浏览器存储空间不足，写入被拒绝。本次操作未保存任何数据；请清理浏览器存储空间或删除不再需要的数据后重试。'
  }
  if (name === 'DatabaseClosedError' || name === 'VersionChangeError') {
    return '数据库已在另一个标签页中升级或关闭。本次操作未保存任何数据；请刷新页面后重试。'
  }
  return `写入失败，本次操作未保存任何数据：${error?.message ?? String(cause)}`
}
