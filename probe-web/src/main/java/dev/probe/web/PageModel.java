package dev.probe.web;

/** A page's template model whose JSON twin is something else (usually the use case's own view). */
interface PageModel {
  Object json();
}
