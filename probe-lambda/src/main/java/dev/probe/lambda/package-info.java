/**
 * Serves probe-web on AWS Lambda behind API Gateway (HTTP API 2.0 and REST API 1.0 events), wired
 * in the handler's constructor; it never fetches NET.
 */
package dev.probe.lambda;
