import { describe, expect, it } from 'vitest';
import { formatViewState, parseViewState, type ViewState } from './view-state';

const defaults = { plans: ['zunyi-metropolitan'] };

describe('view state in the URL', () => {
  it('round-trips every part of the state', () => {
    const state: ViewState = {
      plans: ['zunyi-metropolitan', 'honghuagang-14th-fyp'], hiddenPlans: ['honghuagang-14th-fyp'],
      hiddenLayers: ['zunyi-metropolitan/extent'], selected: 'zunyi-metropolitan/yzyf-renhuai',
      camera: { center: [106.92345, 27.7], zoom: 9.5, bearing: 12.5, pitch: 30 }, locale: 'en', basemap: 'pmtiles:/tiles/guizhou.pmtiles',
    };
    expect(parseViewState(formatViewState(state), defaults)).toEqual(state);
  });

  it('writes the default state short', () => {
    expect(formatViewState(parseViewState('', defaults))).toBe('?plans=zunyi-metropolitan');
  });

  it('drops malformed parts and keeps the rest', () => {
    const state = parseViewState('?plans=../x,ok-plan&hide=<script>,ok-plan/layer&selected=javascript:alert(1)&at=200,27,9&lang=fr', defaults);
    expect(state).toEqual({ plans: ['ok-plan'], hiddenPlans: [], hiddenLayers: ['ok-plan/layer'], selected: null, camera: null, locale: 'zh', basemap: null });
  });

  it('falls back to the default plans when none is valid', () => {
    expect(parseViewState('?plans=,,', defaults).plans).toEqual(['zunyi-metropolitan']);
  });
});
