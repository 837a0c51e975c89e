// Globals every runtime of src/shared has (Node 20, Chromium, Electron) but TypeScript's ES lib
// does not declare. Only the shared zone's tsconfig includes this file; the other zones get the
// real declarations from the DOM or Node types.
declare class URL {
  constructor(url: string, base?: string)
  readonly href: string
  readonly origin: string
  readonly protocol: string
  readonly username: string
  readonly password: string
  readonly host: string
  readonly hostname: string
  readonly port: string
  readonly pathname: string
  readonly search: string
  readonly hash: string
}
