import type { Camera } from './plan';

/** The first view: Guizhou and Chongqing, with the Zunyi metropolitan area in the middle. */
export const DEFAULT_CAMERA: Camera = { center: [107.4, 28.3], zoom: 6.3 };

/** The plans shown when the URL names none. */
export const DEFAULT_PLANS = ['zunyi-metropolitan'];
