package dev.probe.web;

/** One route's work. */
@FunctionalInterface
interface Handler {
  Reply handle(Call call);
}
