import { isIP } from "node:net";

// Which addresses a webhook may be sent to. Anything that reaches the machine itself, its
// network or the cloud's metadata service is refused (unless private webhooks are allowed),
// so a subscriber cannot make Beacon call into the network it runs in.

export type AddressKind =
  | "public"
  | "unspecified"
  | "loopback"
  | "private"
  | "shared"
  | "link-local"
  | "metadata"
  | "unique-local"
  | "multicast"
  | "reserved"
  | "invalid";

type Range = { start: bigint; bits: number; kind: AddressKind };

function ipv4ToBigInt(address: string): bigint {
  return address.split(".").reduce((value, part) => (value << 8n) | BigInt(Number(part)), 0n);
}

function ipv6ToBigInt(address: string): bigint {
  let text = address.toLowerCase().split("%")[0]!;
  // A dotted IPv4 tail (::ffff:10.0.0.1) becomes two hex groups.
  const tail = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (tail) {
    const v4 = ipv4ToBigInt(tail[1]!);
    text = `${text.slice(0, -tail[1]!.length)}${(v4 >> 16n).toString(16)}:${(v4 & 0xffffn).toString(16)}`;
  }
  const [head, rest] = text.split("::") as [string, string | undefined];
  const headGroups = head ? head.split(":") : [];
  const restGroups = rest ? rest.split(":") : [];
  const fill = rest === undefined ? [] : Array<string>(8 - headGroups.length - restGroups.length).fill("0");
  return [...headGroups, ...fill, ...restGroups].reduce((value, group) => (value << 16n) | BigInt(parseInt(group, 16)), 0n);
}

const v4 = (cidr: string, kind: AddressKind): Range => {
  const [base, bits] = cidr.split("/");
  return { start: ipv4ToBigInt(base!), bits: Number(bits), kind };
};
const v6 = (cidr: string, kind: AddressKind): Range => {
  const [base, bits] = cidr.split("/");
  return { start: ipv6ToBigInt(base!), bits: Number(bits), kind };
};

// Most specific first: the metadata address sits inside link-local.
const IPV4_RANGES: Range[] = [
  v4("169.254.169.254/32", "metadata"),
  v4("100.100.100.200/32", "metadata"),
  v4("0.0.0.0/8", "unspecified"),
  v4("10.0.0.0/8", "private"),
  v4("100.64.0.0/10", "shared"),
  v4("127.0.0.0/8", "loopback"),
  v4("169.254.0.0/16", "link-local"),
  v4("172.16.0.0/12", "private"),
  v4("192.0.0.0/24", "reserved"),
  v4("192.0.2.0/24", "reserved"),
  v4("192.168.0.0/16", "private"),
  v4("198.18.0.0/15", "reserved"),
  v4("198.51.100.0/24", "reserved"),
  v4("203.0.113.0/24", "reserved"),
  v4("224.0.0.0/4", "multicast"),
  v4("240.0.0.0/4", "reserved"),
];

const IPV6_RANGES: Range[] = [
  v6("fd00:ec2::254/128", "metadata"),
  v6("::/128", "unspecified"),
  v6("::1/128", "loopback"),
  // IPv4-compatible (deprecated) and NAT64 addresses can carry any IPv4 address.
  v6("::/96", "reserved"),
  v6("64:ff9b::/96", "reserved"),
  v6("64:ff9b:1::/48", "reserved"),
  v6("100::/64", "reserved"),
  v6("2001:db8::/32", "reserved"),
  v6("fc00::/7", "unique-local"),
  v6("fe80::/10", "link-local"),
  v6("fec0::/10", "reserved"),
  v6("ff00::/8", "multicast"),
];

function find(ranges: Range[], value: bigint, width: number): AddressKind {
  for (const range of ranges) {
    const shift = BigInt(width - range.bits);
    if (value >> shift === range.start >> shift) return range.kind;
  }
  return "public";
}

/** What kind of address this IPv4 or IPv6 literal is; IPv4-mapped IPv6 (::ffff:a.b.c.d) counts as its IPv4 address. */
export function classifyAddress(address: string): AddressKind {
  const bare = address.replace(/^\[|\]$/g, "");
  const family = isIP(bare.split("%")[0]!);
  if (family === 4) return find(IPV4_RANGES, ipv4ToBigInt(bare), 32);
  if (family !== 6) return "invalid";
  const value = ipv6ToBigInt(bare);
  if (value >> 32n === 0xffffn) return find(IPV4_RANGES, value & 0xffffffffn, 32);
  return find(IPV6_RANGES, value, 128);
}

export function isPublicAddress(address: string): boolean {
  return classifyAddress(address) === "public";
}
