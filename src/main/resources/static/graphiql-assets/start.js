// Opens GraphiQL on this app's endpoint: the page's ?path= (Spring for GraphQL adds it), else
// /graphql. A ?query= fills the editor, so a link can carry an example.
(function () {
  const params = new URLSearchParams(window.location.search);
  const url = window.location.origin + (params.get('path') || '/graphql');
  const query = params.get('query');
  const props = {
    fetcher: GraphiQL.createFetcher({ url: url }),
    defaultEditorToolsVisibility: true,
    shouldPersistHeaders: false,
  };
  if (query) {
    props.query = query;
  }
  ReactDOM.createRoot(document.getElementById('graphiql')).render(
    React.createElement(GraphiQL, props));
})();
