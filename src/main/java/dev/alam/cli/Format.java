package dev.alam.cli;

/** Output formats; not every command offers every one. */
enum Format {
  text,
  json,
  jsonl
}
