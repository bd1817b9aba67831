// Types only (react.d.ts); this module exists so that importing it works at run time too.
export {};
