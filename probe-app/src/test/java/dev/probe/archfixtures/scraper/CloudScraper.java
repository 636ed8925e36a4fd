package dev.probe.archfixtures.scraper;

import com.amazonaws.services.lambda.runtime.Context;

/** Wrong: the scraper uses AWS Lambda types. */
public final class CloudScraper {
  public String requestId(Context context) {
    return context.getAwsRequestId();
  }
}
