// Go's WebAssembly runtime as @cdktf/hcl2json ships it: imported for its effect (globalThis.Go).
declare module '@cdktf/hcl2json/wasm/wasm_exec.js'
