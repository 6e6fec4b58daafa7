// Stands in for node:dns in the browser build: @xmpp/resolve's SRV lookup
// has no meaning there, and Pepper finds endpoints with XEP-0156 instead.
export default {};
