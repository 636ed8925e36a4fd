/**
 * The web application without a server: route table, handlers, views, templates and JSON. Javalin
 * and the Lambda only translate their requests into this module's and back.
 */
package dev.probe.web;
