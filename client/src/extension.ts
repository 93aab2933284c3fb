/** The VS Code client. (Stub: owned by the client work.) */
export function activate(): void {}
export function deactivate(): void {}
