// The part of jsdom 29's API the conformance harness uses (the package ships no types, and none are installed).
declare module "jsdom" {
  export type DOMWindow = Window & typeof globalThis;

  export class VirtualConsole {
    on(event: "jsdomError", listener: (error: Error) => void): this;
    on(event: "error" | "warn" | "log" | "info", listener: (...args: unknown[]) => void): this;
  }

  export interface InterceptedRequestContext {
    readonly element: Element | null;
  }

  /** Answers a request jsdom makes (scripts, frames, fetch), or lets it through with undefined. */
  export function requestInterceptor(
    handler: (
      request: Request,
      context: InterceptedRequestContext,
    ) => Response | undefined | Promise<Response | undefined>,
  ): unknown;

  export interface ConstructorOptions {
    readonly url?: string;
    readonly runScripts?: "dangerously" | "outside-only";
    readonly resources?: "usable" | { readonly interceptors?: readonly unknown[]; readonly userAgent?: string };
    readonly virtualConsole?: VirtualConsole;
    readonly pretendToBeVisual?: boolean;
    beforeParse?(window: DOMWindow): void;
  }

  export class JSDOM {
    constructor(html?: string, options?: ConstructorOptions);
    readonly window: DOMWindow;
  }
}
