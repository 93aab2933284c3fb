/** The language server over stdio or IPC. (Stub: owned by the server work.) */
export {};
