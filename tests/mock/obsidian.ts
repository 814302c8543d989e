/**
 * A small stand-in for the `obsidian` module (which ships types only), aliased by vitest and
 * the benchmarks. It has only what the plugin and its tests use. It keeps notes in memory and
 * fires the events Obsidian fires, in Obsidian's order, but synchronously: vault
 * `create`/`modify` → metadataCache `changed` → `resolved`; vault `delete` → metadataCache
 * `deleted` → `resolved`; vault `rename` and nothing from the cache (as in Obsidian).
 * Helpers that only exist here (for tests) are marked "Mock only".
 *
 * Each class `implements` the real class from obsidian.d.ts, or a `Pick<>` of the members it
 * provides, so a drift from the real API is a type error. It borrows nothing from the code it
 * stands in for: links resolve and frontmatter parses by Obsidian's documented behaviour, which
 * tests/obsidian/obsidian-behaviour.test.ts checks against recorded examples.
 *
 * This file only gathers the mock's modules, each by what it holds: dom.ts (Node's missing
 * `window` and elements), component.ts (Events, Component), vault.ts (files and the vault),
 * metadata-cache.ts and frontmatter.ts (how notes are parsed), file-manager.ts (property writes),
 * workspace.ts (leaves and views), app.ts (App, Plugin), settings-ui.ts, modals.ts,
 * functions.ts (normalizePath, debounce, requireApiVersion, moment) and bases.ts.
 */
export { FakeElement } from "./dom";
export { Component } from "./component";
export { TAbstractFile, TFile, TFolder, Vault } from "./vault";
export { MetadataCache, computeCache, type CachedMetadata } from "./metadata-cache";
export { FileManager } from "./file-manager";
export { ItemView, View, Workspace, WorkspaceLeaf } from "./workspace";
export { App, Plugin, type Command, type PluginManifest } from "./app";
export { ButtonComponent, PluginSettingTab, Setting, TextAreaComponent, TextComponent, ToggleComponent, settingsIn } from "./settings-ui";
export { FuzzySuggestModal, Modal, Notice, notices } from "./modals";
export { debounce, moment, normalizePath, requireApiVersion, setApiVersion } from "./functions";
export * from "./bases";
