/**
 * Turns a chart's SVG data URL (what ECharts' SVG renderer gives) into a PNG blob at
 * twice the size, on white, for pasting into reports.
 */
export async function svgDataUrlToPng(svgUrl: string, width: number, height: number, scale = 2): Promise<Blob> {
  const image = new Image()
  image.src = svgUrl
  await image.decode()
  const canvas = document.createElement('canvas')
  canvas.width = Math.round(width * scale)
  canvas.height = Math.round(height * scale)
  const context = canvas.getContext('2d')
  if (!context) throw new Error('浏览器不支持导出图片')
  context.fillStyle = '#fff'
  context.fillRect(0, 0, canvas.width, canvas.height)
  context.drawImage(image, 0, 0, canvas.width, canvas.height)
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('导出图片失败'))), 'image/png'),
  )
}
