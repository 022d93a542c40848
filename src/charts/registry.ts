// The one ECharts registration: only the pieces the dashboard draws, with the SVG
// renderer (small charts draw faster than with canvas; docs/benchmarks.md).
import { BarChart, LineChart, PieChart } from 'echarts/charts'
import { GridComponent, LegendComponent, MarkLineComponent, TooltipComponent } from 'echarts/components'
import { use } from 'echarts/core'
import { SVGRenderer } from 'echarts/renderers'

use([SVGRenderer, BarChart, LineChart, PieChart, GridComponent, LegendComponent, MarkLineComponent, TooltipComponent])
