/** The no-login tracking page of the panel for this token (see tracking/TrackingPage). */
export const trackingLink = (token: string) => `${window.location.origin}${window.location.pathname}#/track/${token}`;
