/**
 * China's NET sign-in through WeChat, on the player's own machine: a bounded plain HTTP proxy that
 * passes everything through untouched except Wahlap's plain-http OAuth callback, which it completes
 * and turns into a stored NET session. {@link dev.probe.scraper.login.WechatLoginProxy} is the
 * entry; see {@code docs/net-login.md} for the flow.
 */
package dev.probe.scraper.login;
