/**
 * @hocuspocus/provider's declarations import their event types from "ws", whose types reference
 * @types/node and so would bring every Node global (process, Buffer, require) into the renderer's
 * typecheck. In a browser the provider is handed the page's own WebSocket events, so renderer's
 * tsconfig maps "ws" here, to the DOM's types. Renderer code itself may not import ws (lint).
 */
export type Event = globalThis.Event;
export type MessageEvent = globalThis.MessageEvent;
