package nl.wegwijzer.directory.api;

import jakarta.ws.rs.QueryParam;
import nl.wegwijzer.directory.service.HsdsQuery;

/** HSDS's query parameters of a list, read as text (the service checks them). */
public class HsdsParameters {

  @QueryParam("search")
  String search;

  @QueryParam("taxonomy_term_id")
  String taxonomyTermId;

  @QueryParam("page")
  String page;

  @QueryParam("per_page")
  String perPage;

  @QueryParam("modified_after")
  String modifiedAfter;

  @QueryParam("full")
  String full;

  HsdsQuery query() {
    return new HsdsQuery(search, taxonomyTermId, page, perPage, modifiedAfter, full);
  }
}
