/// <reference types="vite/client" />
declare const __MOCKS_ENABLED_BY_DEFAULT__: boolean;
