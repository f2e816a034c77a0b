export * from './common.js';
export * from './dimension.js';
export * from './indicator.js';
export * from './scale.js';
export * from './country.js';
export * from './answer.js';
export * from './methodology.js';
export * from './evidence.js';
