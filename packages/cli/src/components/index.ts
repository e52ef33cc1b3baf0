export { loadComponents } from './load-components.js';
export type { LoadComponentsOptions } from './load-components.js';
export { joinComponentFiles } from './join-components.js';
export { COMPONENT_LIMITS } from './component-limits.js';
export type { ComponentLimits } from './component-limits.js';
