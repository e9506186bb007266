#!/usr/bin/env bash
# Packs GraphiQL and the React it runs on from the npm registry into the build, so that the app
# serves GraphiQL's scripts and styles itself: GraphiQL works without internet, and no script
# from another host runs next to learners' data. Maven runs this in generate-resources with the
# folder to write; the versions and their registry checksums are pinned here.
set -euo pipefail

out="$1/static/graphiql-assets"
packages=(
  "graphiql 3.8.3 sha512-cuPDYtXVKV86Pu5PHBX642Odi/uVEE2y1Jxq5rGO/Qy1G2lRp7ZZ7a/T30RzxhuLSWo9zUbzq0P3U49//H0Ugw=="
  "react 18.3.1 sha512-wS+hAgJShR0KhEvPJArfuPVN1+Hz1t0Y6n5jLrGQbkb4urgPE/0Rve+1kMB1v/oWgHgm4WIcV+i7F2pTVj+2iQ=="
  "react-dom 18.3.1 sha512-5m4nQKp+rZRb09LNH59GM4BxTh9251/ylbKIbpe7TpGxfJ+9kv6BLkLBXIjjspbgbnIBNqlI23tRnTWT0snUIw=="
)
# package, file in its tarball, name served
files=(
  "graphiql graphiql.min.js graphiql.min.js"
  "graphiql graphiql.min.css graphiql.min.css"
  "graphiql LICENSE graphiql.LICENSE.txt"
  "react umd/react.production.min.js react.production.min.js"
  "react LICENSE react.LICENSE.txt"
  "react-dom umd/react-dom.production.min.js react-dom.production.min.js"
  "react-dom LICENSE react-dom.LICENSE.txt"
)

missing=0
for entry in "${files[@]}"; do
  read -r _ _ name <<<"$entry"
  [ -s "$out/$name" ] || missing=1
done
if [ "$missing" -eq 0 ]; then
  exit 0
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$out"
for entry in "${packages[@]}"; do
  read -r name version integrity <<<"$entry"
  (cd "$work" && npm pack --silent "$name@$version" >/dev/null)
  tarball="$work/$name-$version.tgz"
  actual="sha512-$(openssl dgst -sha512 -binary "$tarball" | base64 -w0)"
  if [ "$actual" != "$integrity" ]; then
    echo "$name@$version: checksum $actual is not the pinned $integrity" >&2
    exit 1
  fi
  mkdir -p "$work/$name"
  tar -xzf "$tarball" -C "$work/$name" --strip-components=1
done
for entry in "${files[@]}"; do
  read -r package file name <<<"$entry"
  cp "$work/$package/$file" "$out/$name"
done
