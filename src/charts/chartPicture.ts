import './registry'
import { init, type EChartsCoreOption } from 'echarts/core'
import { svgDataUrlToPng } from './exportPng'

/**
 * A chart drawn off screen and returned as PNG bytes, for pictures in a generated report.
 * Drawn without animation at the size given, then let go.
 */
export async function chartPicture(option: EChartsCoreOption, width: number, height: number): Promise<Uint8Array> {
  const host = document.createElement('div')
  host.style.cssText = `position:fixed;left:-10000px;top:0;width:${width}px;height:${height}px`
  document.body.append(host)
  const chart = init(host, null, { renderer: 'svg', width, height })
  try {
    chart.setOption({ ...option, animation: false })
    const png = await svgDataUrlToPng(chart.getDataURL({ type: 'svg', backgroundColor: '#fff' }), width, height)
    return new Uint8Array(await png.arrayBuffer())
  } finally {
    chart.dispose()
    host.remove()
  }
}
