/** 1:1 agendas: templates, rendering, carried-over items, file names. Pure, like the rest of the core. */
export * from "./moment-format";
export * from "./tasks";
export * from "./file-names";
export * from "./templates";
export * from "./select";
export * from "./links";
export * from "./render";
export * from "./note";
