package dev.probe.scraper.login;

import dev.probe.core.domain.ProbeException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** {@code [HOST:]PORT} as the player writes it, and the addresses a phone on the LAN can type. */
final class ListenAddress {

  private ListenAddress() {}

  /** {@code 8033} (every interface of this machine) or {@code 192.168.1.20:8033}. */
  static InetSocketAddress parse(String spec) {
    String s = spec == null ? "" : spec.strip();
    int colon = s.lastIndexOf(':');
    String host = colon < 0 ? "0.0.0.0" : s.substring(0, colon);
    if (host.startsWith("[") && host.endsWith("]")) {
      host = host.substring(1, host.length() - 1);
    }
    int port;
    try {
      port = Integer.parseInt(s.substring(colon + 1));
    } catch (NumberFormatException e) {
      port = -1;
    }
    if (port < 0 || port > 65535 || host.isEmpty()) {
      throw ProbeException.invalid(
          "the sign-in proxy address is [HOST:]PORT, e.g. 8033 or 192.168.1.20:8033: '"
              + spec
              + "'");
    }
    if (!host.matches("[0-9A-Za-z.:-]+")) {
      throw ProbeException.invalid("not a host name or address: '" + host + "'");
    }
    try {
      return new InetSocketAddress(InetAddress.getByName(host), port);
    } catch (UnknownHostException e) {
      throw ProbeException.invalid("unknown host '" + host + "' for the sign-in proxy");
    }
  }

  static String show(InetSocketAddress a) {
    String host = a.getAddress() == null ? a.getHostString() : a.getAddress().getHostAddress();
    return (host.contains(":") ? "[" + host + "]" : host) + ":" + a.getPort();
  }

  /**
   * What a phone types as its proxy: the bound address itself, or, when bound to every interface,
   * this machine's IPv4 LAN addresses (loopback last, as a fallback for a PC's own WeChat).
   */
  static List<String> forPhones(InetSocketAddress bound) {
    if (!bound.getAddress().isAnyLocalAddress()) {
      return List.of(show(bound));
    }
    List<String> lan = new ArrayList<>();
    try {
      for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
        if (!nic.isUp() || nic.isLoopback()) {
          continue;
        }
        for (InetAddress a : Collections.list(nic.getInetAddresses())) {
          if (a instanceof Inet4Address && !a.isLinkLocalAddress()) {
            lan.add(a.getHostAddress() + ":" + bound.getPort());
          }
        }
      }
    } catch (SocketException e) {
      // no interface list: the loopback fallback below still helps on the same machine
    }
    lan.sort(null);
    lan.add("127.0.0.1:" + bound.getPort());
    return lan;
  }
}
