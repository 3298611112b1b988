import packageJson from "../package.json" with { type: "json" };

export const BEACON_VERSION: string = packageJson.version;
