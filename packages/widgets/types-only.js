// The framework entry points (react.d.ts, svelte.d.ts) are types only; this module lets importing them work at run time too.
export {};
