import { describe, expect, it } from "vitest";
import { classifyAddress, isPublicAddress } from "./address-class";

describe("classifyAddress", () => {
  it.each([
    ["127.0.0.1", "loopback"],
    ["127.255.255.254", "loopback"],
    ["10.0.0.1", "private"],
    ["10.255.255.255", "private"],
    ["172.16.0.1", "private"],
    ["172.31.255.255", "private"],
    ["192.168.1.10", "private"],
    ["169.254.169.254", "metadata"],
    ["169.254.10.1", "link-local"],
    ["0.0.0.0", "unspecified"],
    ["100.64.0.1", "shared"],
    ["224.0.0.1", "multicast"],
    ["255.255.255.255", "reserved"],
    ["::1", "loopback"],
    ["::", "unspecified"],
    ["fc00::1", "unique-local"],
    ["fd12:3456::1", "unique-local"],
    ["fd00:ec2::254", "metadata"],
    ["fe80::1", "link-local"],
    ["fe80::1%eth0", "link-local"],
    ["ff02::1", "multicast"],
    ["::ffff:127.0.0.1", "loopback"],
    ["::ffff:7f00:1", "loopback"],
    ["::ffff:169.254.169.254", "metadata"],
    ["::ffff:a9fe:a9fe", "metadata"],
    ["::ffff:10.1.2.3", "private"],
    ["::ffff:192.168.0.1", "private"],
    ["64:ff9b::a00:1", "reserved"],
    ["[::1]", "loopback"],
  ])("%s is %s", (address, kind) => {
    expect(classifyAddress(address)).toBe(kind);
    expect(isPublicAddress(address)).toBe(false);
  });

  it.each(["8.8.8.8", "172.15.255.255", "172.32.0.1", "192.169.0.1", "11.0.0.1", "93.184.216.34", "2606:4700:4700::1111", "2a00:1450:4001:82a::200e", "::ffff:8.8.8.8", "fbff::1", "fe00::1"])(
    "%s is public",
    (address) => {
      expect(classifyAddress(address)).toBe("public");
      expect(isPublicAddress(address)).toBe(true);
    },
  );

  it("calls anything that is not an address invalid", () => {
    expect(classifyAddress("example.com")).toBe("invalid");
    expect(classifyAddress("999.1.1.1")).toBe("invalid");
    expect(isPublicAddress("")).toBe(false);
  });
});
