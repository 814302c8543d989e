/** The pure core: reading properties, stakeholders, contact status, follow-ups. No obsidian at run time. */
export * from "./types";
export * from "./dates";
export * from "./values";
export * from "./cadence";
export * from "./names";
export * from "./read";
export * from "./conventions";
export * from "./directory";
export * from "./links";
export * from "./report";
export * from "./json";
export * from "./explain";
export * from "./words";
export * from "./unknown";
export * from "./commitments";
export * from "./org";
