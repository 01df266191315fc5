package nl.wegwijzer.content.service;

import java.util.Arrays;

/** A document's file, to send as a download. */
public record DocumentDownload(String fileName, String mediaType, byte[] content) {

  public DocumentDownload {
    content = content.clone();
  }

  @Override
  public byte[] content() {
    return content.clone();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof DocumentDownload download
        && fileName.equals(download.fileName)
        && mediaType.equals(download.mediaType)
        && Arrays.equals(content, download.content);
  }

  @Override
  public int hashCode() {
    return 31 * fileName.hashCode() + Arrays.hashCode(content);
  }

  @Override
  public String toString() {
    return "DocumentDownload[" + fileName + ", " + content.length + " bytes]";
  }
}
