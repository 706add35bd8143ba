import type { Plugin } from "esbuild";

export declare function zodLocales(keep?: readonly string[]): Plugin;
export declare function lambdaCredentials(): Plugin;
declare const plugins: Plugin[];
export default plugins;
