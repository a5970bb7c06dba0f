#!/usr/bin/env python3
"""Recomputes the content checksum of a GymLog backup, independently of GymLog and DuckDB.

    pip install pyarrow xxhash
    python3 scripts/backup_checksum.py gymlog-backup-2026-11-26.parquet

The algorithm is `xxh3_64-row-sum/v1` of docs/backup-format.md: every row encoded column by
column (0x00 for NULL, else 0x01 and the value), hashed with XXH3-64, the hashes summed modulo
2^64. Prints the rows, the recomputed checksum and the one in the file's metadata; exits 1 when
they differ.
"""
import struct
import sys
import uuid

import pyarrow as pa
import pyarrow.parquet as pq
import xxhash


def encoder(field):
    """How one column's Python values are encoded, from its Arrow type."""
    t = field.type
    if isinstance(t, pa.BaseExtensionType):
        if t.extension_name == "arrow.uuid":
            return "uuid"
        t = t.storage_type
    if pa.types.is_fixed_size_binary(t) and t.byte_width == 16:
        return "uuid"
    if pa.types.is_timestamp(t):
        return "timestamp"
    if pa.types.is_int16(t):
        return "i16"
    if pa.types.is_int32(t):
        return "i32"
    if pa.types.is_float64(t):
        return "f64"
    if pa.types.is_string(t) or pa.types.is_large_string(t):
        return "text"
    raise SystemExit(f"column {field.name}: unexpected type {field.type}")


def column_values(column, kind):
    if kind == "timestamp":
        return column.cast(pa.timestamp("us")).cast(pa.int64()).to_pylist()
    if isinstance(column.type, pa.BaseExtensionType):
        column = column.storage
    return column.to_pylist()


def encode(kind, value):
    if value is None:
        return b"\x00"
    if kind == "uuid":
        raw = value.bytes if isinstance(value, uuid.UUID) else bytes(value)
        return b"\x01" + raw
    if kind == "timestamp":
        return b"\x01" + struct.pack("<q", value)
    if kind == "i16":
        return b"\x01" + struct.pack("<h", value)
    if kind == "i32":
        return b"\x01" + struct.pack("<i", value)
    if kind == "f64":
        return b"\x01" + struct.pack("<d", value)
    data = value.encode("utf-8")
    return b"\x01" + struct.pack("<I", len(data)) + data


def main(path):
    parquet = pq.ParquetFile(path)
    metadata = {k.decode(): v.decode() for k, v in (parquet.schema_arrow.metadata or {}).items()}
    kinds = [encoder(f) for f in parquet.schema_arrow]
    total, rows = 0, 0
    for batch in parquet.iter_batches(batch_size=65536):
        columns = [column_values(batch.column(i), kind) for i, kind in enumerate(kinds)]
        for values in zip(*columns):
            row = b"".join(encode(kind, v) for kind, v in zip(kinds, values))
            total = (total + xxhash.xxh3_64_intdigest(row)) % (1 << 64)
            rows += 1
    checksum = f"{total:016x}"
    stored = metadata.get("gymlog_content_checksum")
    print(f"rows:               {rows} (metadata: {metadata.get('gymlog_event_count')})")
    print(f"checksum:           {checksum}")
    print(f"metadata checksum:  {stored} ({metadata.get('gymlog_content_checksum_algorithm')})")
    ok = stored == checksum and metadata.get("gymlog_event_count") == str(rows)
    print("OK" if ok else "MISMATCH")
    return 0 if ok else 1


if __name__ == "__main__":
    if len(sys.argv) != 2:
        raise SystemExit(__doc__)
    sys.exit(main(sys.argv[1]))
