// One page per installation for now. Its id is fixed so that several Beacon processes
// starting at once against one PostgreSQL database agree on it instead of racing to create two.
export const DEFAULT_PAGE_ID = "beacon";
