import { svg, type SVGTemplateResult } from 'lit';
import type { Role } from '../domain/plan';
import { ROLE_MARKS } from '../domain/symbology';

/**
 * A 20×14 legend symbol for `role` in `color`, drawn from the same marks as the map layers
 * (ROLE_MARKS): dots, rings, bands, arrows, areas and hatching. Schematic symbols are dashed.
 */
export function renderLegendSwatch(role: Role, color: string, isSchematic: boolean): SVGTemplateResult {
  const dash = isSchematic ? '3 2' : '';
  const marks: Record<string, SVGTemplateResult> = {
    dot: svg`<circle cx="10" cy="7" r="5" fill=${color} stroke="#fff" stroke-width="1.5" />`,
    ring: svg`<circle cx="10" cy="7" r="4.5" fill="#fff" stroke=${color} stroke-width="2" />`,
    band: svg`<line x1="1" y1="7" x2="19" y2="7" stroke=${color} stroke-opacity="0.45" stroke-width="6" stroke-linecap="round" />`,
    line: svg`<line x1="1" y1="7" x2="19" y2="7" stroke=${color} stroke-width="2" />`,
    arrow: svg`<line x1="1" y1="7" x2="19" y2="7" stroke=${color} stroke-width="2" /><path d="M8 3 L13 7 L8 11" fill="none" stroke=${color} stroke-width="2" />`,
    area: svg`<rect x="1.5" y="1.5" width="17" height="11" fill=${color} fill-opacity="0.25" stroke=${color} stroke-dasharray=${dash || '3 2'} />`,
    hatch: svg`<rect x="1.5" y="1.5" width="17" height="11" fill="none" stroke=${color} stroke-dasharray=${dash} />
      <path d="M2 12 L12 2 M8 12 L18 2 M14 12 L18 8" stroke=${color} stroke-width="1.5" />`,
  };
  return svg`<svg width="20" height="14" viewBox="0 0 20 14" aria-hidden="true" opacity=${isSchematic ? 0.7 : 1}>${marks[ROLE_MARKS[role] ?? 'line']}</svg>`;
}
