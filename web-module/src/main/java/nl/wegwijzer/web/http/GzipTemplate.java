package nl.wegwijzer.web.http;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * A gzipped page whose CSP nonce changes per response, without compressing it again each time: the
 * parts between the nonces are compressed once, each ending on a byte boundary (a sync flush) and
 * without references to earlier parts, so a response is the parts with the nonce between them as
 * uncompressed ("stored") deflate blocks, and only the checksum is computed per response.
 */
final class GzipTemplate {

  private static final byte[] HEADER = {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, (byte) 0xff};

  private GzipTemplate() {}

  /** The compressed parts; the last one ends the deflate stream. */
  static List<byte[]> deflate(List<byte[]> parts) {
    return java.util.stream.IntStream.range(0, parts.size())
        .mapToObj(i -> deflate(parts.get(i), i == parts.size() - 1))
        .toList();
  }

  private static byte[] deflate(byte[] part, boolean last) {
    Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
    try {
      deflater.setInput(part);
      ByteArrayOutputStream out = new ByteArrayOutputStream(part.length / 3 + 64);
      byte[] buffer = new byte[8192];
      if (last) {
        deflater.finish();
        while (!deflater.finished()) {
          out.write(buffer, 0, deflater.deflate(buffer));
        }
      } else {
        int written;
        do {
          written = deflater.deflate(buffer, 0, buffer.length, Deflater.SYNC_FLUSH);
          out.write(buffer, 0, written);
        } while (written == buffer.length);
      }
      return out.toByteArray();
    } finally {
      deflater.end();
    }
  }

  /**
   * The gzip file of the parts (plain, for the checksum, and deflated) with the nonce between them.
   */
  static byte[] with(List<byte[]> plain, List<byte[]> deflated, String nonce) {
    byte[] between = nonce.getBytes(StandardCharsets.US_ASCII);
    CRC32 crc = new CRC32();
    long length = 0;
    int size = HEADER.length + 8;
    for (int i = 0; i < plain.size(); i++) {
      if (i > 0) {
        crc.update(between);
        length += between.length;
        size += 5 + between.length;
      }
      crc.update(plain.get(i));
      length += plain.get(i).length;
      size += deflated.get(i).length;
    }
    byte[] out = new byte[size];
    System.arraycopy(HEADER, 0, out, 0, HEADER.length);
    int at = HEADER.length;
    for (int i = 0; i < deflated.size(); i++) {
      if (i > 0) {
        // A stored block, not the last: its header byte, then LEN and its complement,
        // little-endian.
        out[at++] = 0;
        out[at++] = (byte) between.length;
        out[at++] = (byte) (between.length >>> 8);
        out[at++] = (byte) ~between.length;
        out[at++] = (byte) (~between.length >>> 8);
        System.arraycopy(between, 0, out, at, between.length);
        at += between.length;
      }
      byte[] part = deflated.get(i);
      System.arraycopy(part, 0, out, at, part.length);
      at += part.length;
    }
    at = littleEndian(out, at, crc.getValue());
    littleEndian(out, at, length);
    return out;
  }

  private static int littleEndian(byte[] out, int at, long value) {
    for (int i = 0; i < 4; i++) {
      out[at + i] = (byte) (value >>> (8 * i));
    }
    return at + 4;
  }
}
