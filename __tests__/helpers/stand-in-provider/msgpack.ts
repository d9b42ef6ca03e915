// The MessagePack form in which Terraform passes values to providers (DynamicValue.msgpack), as
// go-cty writes it: null as nil, objects and maps as maps, lists, sets and tuples as arrays, an
// unknown value as extension 0 (or 12, carrying refinements, which the stand-ins ignore).
// Maps decode into objects without a prototype, so any key (even `__proto__`) stays data.

/** A value Terraform does not know yet. */
export const UNKNOWN: unique symbol = Symbol('unknown')

export type Value =
  null | string | number | bigint | boolean | typeof UNKNOWN | Value[] | ObjectValue

export interface ObjectValue {
  [key: string]: Value
}

export function decode(bytes: Uint8Array): Value {
  const reader = new Reader(bytes)
  const value = reader.value()
  if (reader.offset !== bytes.length) throw new Error('msgpack: trailing bytes')
  return value
}

export function encode(value: Value): Buffer {
  const parts: Buffer[] = []
  write(value, parts)
  return Buffer.concat(parts)
}

export function record(): ObjectValue {
  return Object.create(null) as ObjectValue
}

export function isRecord(value: Value | undefined): value is ObjectValue {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

class Reader {
  offset = 0
  private readonly view: DataView

  constructor(private readonly bytes: Uint8Array) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  }

  value(): Value {
    const byte = this.u8()
    if (byte <= 0x7f) return byte
    if (byte >= 0xe0) return byte - 0x100
    if (byte >= 0x80 && byte <= 0x8f) return this.map(byte & 0x0f)
    if (byte >= 0x90 && byte <= 0x9f) return this.array(byte & 0x0f)
    if (byte >= 0xa0 && byte <= 0xbf) return this.str(byte & 0x1f)
    switch (byte) {
      case 0xc0:
        return null
      case 0xc2:
        return false
      case 0xc3:
        return true
      case 0xc4:
        return this.str(this.u8())
      case 0xc5:
        return this.str(this.u16())
      case 0xc6:
        return this.str(this.u32())
      case 0xc7:
        return this.ext(this.u8())
      case 0xc8:
        return this.ext(this.u16())
      case 0xc9:
        return this.ext(this.u32())
      case 0xca:
        return this.take(4, () => this.view.getFloat32(this.offset))
      case 0xcb:
        return this.take(8, () => this.view.getFloat64(this.offset))
      case 0xcc:
        return this.u8()
      case 0xcd:
        return this.u16()
      case 0xce:
        return this.u32()
      case 0xcf:
        return small(this.take(8, () => this.view.getBigUint64(this.offset)))
      case 0xd0:
        return this.take(1, () => this.view.getInt8(this.offset))
      case 0xd1:
        return this.take(2, () => this.view.getInt16(this.offset))
      case 0xd2:
        return this.take(4, () => this.view.getInt32(this.offset))
      case 0xd3:
        return small(this.take(8, () => this.view.getBigInt64(this.offset)))
      case 0xd4:
        return this.ext(1)
      case 0xd5:
        return this.ext(2)
      case 0xd6:
        return this.ext(4)
      case 0xd7:
        return this.ext(8)
      case 0xd8:
        return this.ext(16)
      case 0xd9:
        return this.str(this.u8())
      case 0xda:
        return this.str(this.u16())
      case 0xdb:
        return this.str(this.u32())
      case 0xdc:
        return this.array(this.u16())
      case 0xdd:
        return this.array(this.u32())
      case 0xde:
        return this.map(this.u16())
      case 0xdf:
        return this.map(this.u32())
      default:
        throw new Error(`msgpack: unexpected byte 0x${byte.toString(16)}`)
    }
  }

  private take<T>(size: number, read: () => T): T {
    const value = read()
    this.offset += size
    return value
  }

  private u8(): number {
    return this.take(1, () => this.view.getUint8(this.offset))
  }

  private u16(): number {
    return this.take(2, () => this.view.getUint16(this.offset))
  }

  private u32(): number {
    return this.take(4, () => this.view.getUint32(this.offset))
  }

  private str(length: number): string {
    const text = Buffer.from(this.bytes.subarray(this.offset, this.offset + length)).toString(
      'utf8',
    )
    this.offset += length
    return text
  }

  private array(length: number): Value[] {
    const items: Value[] = []
    for (let i = 0; i < length; i++) items.push(this.value())
    return items
  }

  private map(length: number): ObjectValue {
    const out = record()
    for (let i = 0; i < length; i++) {
      const key = this.value()
      if (typeof key !== 'string') throw new Error('msgpack: a map key that is not a string')
      out[key] = this.value()
    }
    return out
  }

  private ext(length: number): Value {
    const type = this.take(1, () => this.view.getInt8(this.offset))
    this.offset += length
    if (type === 0 || type === 12) return UNKNOWN
    throw new Error(`msgpack: unexpected extension type ${type}`)
  }
}

/** An int64 as a number where that is exact. */
function small(value: bigint): number | bigint {
  return value >= BigInt(Number.MIN_SAFE_INTEGER) && value <= BigInt(Number.MAX_SAFE_INTEGER)
    ? Number(value)
    : value
}

function write(value: Value, parts: Buffer[]): void {
  if (value === null) return void parts.push(Buffer.from([0xc0]))
  if (value === UNKNOWN) return void parts.push(Buffer.from([0xd4, 0, 0]))
  if (value === true) return void parts.push(Buffer.from([0xc3]))
  if (value === false) return void parts.push(Buffer.from([0xc2]))
  if (typeof value === 'bigint') {
    const buffer = Buffer.alloc(9)
    buffer[0] = 0xd3
    buffer.writeBigInt64BE(value, 1)
    return void parts.push(buffer)
  }
  if (typeof value === 'number') {
    if (Number.isSafeInteger(value)) return write(BigInt(value), parts)
    const buffer = Buffer.alloc(9)
    buffer[0] = 0xcb
    buffer.writeDoubleBE(value, 1)
    return void parts.push(buffer)
  }
  if (typeof value === 'string') {
    const bytes = Buffer.from(value, 'utf8')
    parts.push(header(0xdb, bytes.length), bytes)
    return
  }
  if (Array.isArray(value)) {
    parts.push(header(0xdd, value.length))
    for (const item of value) write(item, parts)
    return
  }
  const keys = Object.keys(value)
  parts.push(header(0xdf, keys.length))
  for (const key of keys) {
    write(key, parts)
    write(value[key]!, parts)
  }
}

/** A 32-bit length header: always the widest form, which every reader accepts. */
function header(code: number, length: number): Buffer {
  const buffer = Buffer.alloc(5)
  buffer[0] = code
  buffer.writeUInt32BE(length, 1)
  return buffer
}
