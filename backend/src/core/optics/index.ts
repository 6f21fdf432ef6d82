export * from './field-of-view';
export * from './pixel-density';
export * from './dori';
