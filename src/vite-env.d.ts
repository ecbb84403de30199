/// <reference types="vite/client" />
/** true when the build starts the in-browser mock API (dev, demo; see vite.config.ts). */
declare const __MOCKS__: boolean;
