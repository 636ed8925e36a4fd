package dev.probe.web;

/** What one page's HTML is made from: its template, the layout's frame and the view model. */
record Page(String template, Frame frame, Object model) {}
