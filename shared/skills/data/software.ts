// Skills data, one skill a line: `Canonical|alias,alias>Related,Related`.
// `!` before a name = case-sensitive and context-checked ("Go" the language, not "go" the verb).
// `# key` starts a category. Kept as text: it gzips to a fraction of the equivalent object literal.
export const SOFTWARE = `# language
JavaScript|js,ecmascript,es6,es2015,es2020,vanilla js>TypeScript,Node.js,React
TypeScript|!TS>JavaScript,Node.js,Angular
Python|python3,py>Django,Flask,FastAPI,pandas
Java|java se,java ee,jakarta ee,j2ee>Spring Boot,Kotlin,Scala,JVM
!Go|golang,go lang>gRPC,Kubernetes,Rust
!Rust|rust lang,rustlang>C++,Go,WebAssembly
!C|c language,ansi c,c99,c11>C++,Embedded C,Assembly
C++|cpp,c plus plus,c++11,c++14,c++17,c++20>C,Rust,STL
C#|csharp,c sharp>.NET,ASP.NET,Unity
!Ruby|>Ruby on Rails,RSpec
PHP|php7,php8>Laravel,Symfony,WordPress
Kotlin|>Java,Android,Ktor
!Swift|swiftlang>iOS,SwiftUI,Objective-C
Objective-C|objc,obj-c>Swift,iOS
Scala|>Java,Apache Spark,Akka
Elixir|>Phoenix Framework,Erlang
Erlang|>Elixir
Haskell|>Functional Programming,OCaml
OCaml|>Haskell,F#
F#|fsharp,f sharp>.NET,OCaml,C#
Clojure|>Java,Lisp
Lisp|common lisp>Clojure,Racket
Racket|scheme language>Lisp
!R|r language,r programming,rstats,rlang>Statistics,Python,RStudio,tidyverse
MATLAB|gnu octave>Simulink,Signal Processing
!Julia|julialang>Python,Scientific Computing
Perl|>Bash,Regex
Lua|>C,Game Development
!Dart|>Flutter
Groovy|>Java,Gradle,Jenkins
Visual Basic|vb,vb.net,vba,visual basic for applications>Microsoft Excel,.NET
Fortran|>High Performance Computing,C
COBOL|>Mainframe,JCL
Assembly Language|!Assembly,asm,x86 assembly,arm assembly>C,Embedded Systems
Bash|bash scripting,shell scripting,shell script,zsh>Linux,PowerShell
PowerShell|powershell scripting>Windows Server,Bash
SQL|structured query language,ansi sql>PostgreSQL,MySQL,Data Analysis
PL/SQL|plsql>Oracle Database,SQL
T-SQL|tsql,transact-sql>Microsoft SQL Server,SQL
Solidity|>Ethereum,Smart Contracts
Zig|ziglang>C,Rust
Nim|>Python,C
!Elm|elm lang>Functional Programming,JavaScript
PureScript|>Haskell
ReasonML|reason,rescript>OCaml,React
CoffeeScript|>JavaScript
Delphi|object pascal,pascal>C++
Prolog|>Lisp
Smalltalk|>Object-Oriented Programming
ABAP|>SAP
Salesforce Apex|!Apex>Salesforce
VHDL|>Verilog,FPGA
Verilog|systemverilog>VHDL,FPGA
GLSL|hlsl,shader programming,shaders>OpenGL,Computer Graphics
WebAssembly|wasm>Rust,C++
GraphQL|gql>Apollo,REST APIs
HTML|html5>CSS,JavaScript
CSS|css3,cascading style sheets>HTML,Sass,Tailwind CSS
!Sass|scss>CSS,Less
!Less|less css,lesscss>CSS,Sass
Regex|regular expressions,regexp>Perl
YAML|yml>JSON
JSON|json schema>REST APIs,YAML
XML|xsd,xslt,xpath>JSON,SOAP
!Markdown|>Technical Writing
!LaTeX|>Technical Writing
# frontend
!React|react.js,reactjs,react js,react 18,react hooks>JavaScript,Redux,Next.js,TypeScript,React Native
Angular|angular.js,angularjs,angular 2+>TypeScript,RxJS
Vue.js|vue,vuejs,vue 3,vue2,vue3>Nuxt.js,JavaScript,Pinia
Svelte|sveltekit,svelte kit>JavaScript
Next.js|nextjs,next js>React,Vercel
Nuxt.js|nuxt>Vue.js
!Remix|remix run>React
Gatsby|gatsbyjs>React,GraphQL
SolidJS|solid.js>React
Preact|>React
Ember.js|emberjs,!Ember>JavaScript
Backbone.js|backbonejs,!Backbone>JavaScript
jQuery|jquery ui>JavaScript
Redux|redux toolkit,rtk>React,MobX
MobX|>Redux,React
Zustand|>React,Redux
Pinia|vuex>Vue.js
RxJS|reactivex,rxjava>Angular
Tailwind CSS|tailwind,tailwindcss>CSS
!Bootstrap|twitter bootstrap>CSS
Material UI|mui,material-ui,material design>React,CSS
Chakra UI|>React
Styled Components|styled-components,css-in-js,emotion>React,CSS
Storybook|>React,Design Systems
Webpack|>Vite,Babel,JavaScript
Vite|vitejs>Webpack,JavaScript
!Babel|babeljs>Webpack
esbuild|>Vite
!Rollup|rollup.js>Webpack
!Parcel|parcel bundler>Webpack
npm|>Node.js,Yarn
!Yarn|>npm
pnpm|>npm
D3.js|d3,d3js>Data Visualization,JavaScript
Three.js|threejs>WebGL,JavaScript
WebGL|>Three.js,OpenGL
Chart.js|chartjs>D3.js
Web Components|custom elements,lit element,polymer>JavaScript
Progressive Web Apps|pwa,pwas,service workers>JavaScript
Web Accessibility|accessibility,a11y,wcag,aria,section 508>HTML,UX Design
Responsive Design|responsive web design,mobile-first design>CSS
Single Page Applications|!SPA,!SPAs>React,Angular
Server-Side Rendering|ssr>Next.js
Frontend Development|front-end development,front end development,frontend engineering,front-end engineering>JavaScript,React,CSS
Micro Frontends|micro-frontends,module federation>Webpack
!Electron|electronjs>JavaScript,Node.js
Tauri|>Rust
Browser Extensions|chrome extensions,webextensions>JavaScript
Figma to Code|>Figma
Astro|astro.build>JavaScript
Alpine.js|alpinejs>JavaScript
HTMX|>HTML
Qwik|>JavaScript
Blazor|>C#,.NET
# backend
Node.js|node js,!Node,node.js 18>JavaScript,Express.js,NestJS,TypeScript
Express.js|expressjs,!Express>Node.js
NestJS|nest.js,nest js>Node.js,TypeScript
Fastify|>Node.js
Koa|koa.js>Node.js
Deno|>TypeScript
!Bun|bun.js>JavaScript
Django|django rest framework,drf>Python,PostgreSQL
!Flask|flask python>Python
FastAPI|fast api>Python,Pydantic
Pydantic|>FastAPI,Python
!Celery|>Python,RabbitMQ,Redis
SQLAlchemy|>Python,SQL
Spring Boot|springboot,spring framework,spring mvc,!Spring>Java,Hibernate,Kotlin
Hibernate|jpa>Java,Spring Boot
Micronaut|>Java
Quarkus|>Java
Ktor|>Kotlin
Ruby on Rails|ror,ruby-on-rails,!Rails>Ruby
Sinatra|>Ruby
Laravel|>PHP
Symfony|>PHP
CodeIgniter|>PHP
WordPress|wp,wordpress development>PHP
Drupal|>PHP
.NET|dotnet,.net core,.net framework,.net 6,.net 8,dot net>C#,ASP.NET
ASP.NET|asp.net core,asp.net mvc,aspnet>.NET,C#
Entity Framework|ef core>.NET
Phoenix Framework|phoenix liveview>Elixir
!Gin|gin gonic>Go
Echo framework|>Go
Go Fiber|gofiber>Go
Actix|actix-web>Rust
Tokio|>Rust
Akka|>Scala
Play Framework|>Scala,Java
Vert.x|vertx>Java
gRPC|grpc-web>Protocol Buffers,Go,Microservices
Protocol Buffers|protobuf,protobufs>gRPC
Apache Thrift|thrift>gRPC
REST APIs|!REST,restful,restful apis,rest api,restful services,api design,web apis,rest services>HTTP,GraphQL,OpenAPI
OpenAPI|swagger,openapi spec>REST APIs
!SOAP|soap web services,wsdl>XML,REST APIs
WebSockets|websocket,socket.io>Node.js
HTTP|http/2>REST APIs
OAuth|oauth2,oauth 2.0,openid connect,oidc>Authentication,JWT
JWT|json web tokens>OAuth
Authentication|authn,sso,single sign-on,saml>OAuth
Microservices|microservice,microservice architecture,micro-services>Docker,Kubernetes,Distributed Systems
Distributed Systems|distributed computing>Microservices,Scalability
System Design|systems design,software architecture,architecture design>Distributed Systems,Scalability
Scalability|high availability,high-scale systems,scalable systems>Distributed Systems
Event-Driven Architecture|event driven architecture,event sourcing,cqrs>Apache Kafka,Microservices
Domain-Driven Design|ddd,domain driven design>Software Architecture
Serverless|serverless architecture,faas>AWS Lambda
Object-Oriented Programming|oop,object oriented programming,object-oriented design,ood>Design Patterns
Functional Programming|fp>Haskell,Scala
Design Patterns|software design patterns,solid principles,solid>Object-Oriented Programming
Data Structures|data structures and algorithms,dsa>Algorithms
Algorithms|algorithm design>Data Structures
Concurrency|multithreading,multi-threading,parallel programming>Go,Java
API Development|api integration,api integrations,third-party apis>REST APIs
Backend Development|back-end development,back end development,backend engineering,server-side development>REST APIs,Databases
Full Stack Development|full-stack development,fullstack,full stack,full-stack>Frontend Development,Backend Development
Web Development|web applications,web apps>HTML,CSS,JavaScript
Caching|cache design>Redis
Message Queues|message queue,message brokers,pub/sub>RabbitMQ,Apache Kafka
RabbitMQ|amqp>Message Queues,Celery
Apache Kafka|kafka,kafka streams,confluent>Event-Driven Architecture,Message Queues
Apache Pulsar|pulsar>Apache Kafka
NATS|>Message Queues
ZeroMQ|zmq>Message Queues
Nginx|>Apache HTTP Server,Linux
Apache HTTP Server|apache httpd,httpd>Nginx
Tomcat|apache tomcat>Java
Envoy|envoy proxy>Istio
HAProxy|>Nginx
Elasticsearch|elastic search,elk stack,elk,opensearch>Kibana,Logstash
Apache Solr|solr,lucene>Elasticsearch
Algolia|>Elasticsearch
Stripe API|stripe>Payment Processing
Payment Processing|payment systems,payment gateways>Stripe API
Twilio|>API Development
Shopify|shopify development,shopify liquid>E-commerce
Magento|adobe commerce>PHP,E-commerce
Headless CMS|contentful,strapi>Web Development
Firebase|firestore,firebase auth>Google Cloud Platform,Mobile Development
Supabase|>PostgreSQL
Hasura|>GraphQL,PostgreSQL
!Apollo|apollo graphql,apollo client,apollo server>GraphQL
tRPC|>TypeScript
Prisma|prisma orm>TypeScript,PostgreSQL
TypeORM|sequelize,knex>Node.js,SQL
ORM|object relational mapping>SQL
# mobile
iOS|ios development,ios sdk>Swift,Objective-C,Xcode
Android|android development,android sdk>Kotlin,Java,Jetpack Compose
React Native|react-native>React,JavaScript,Mobile Development
Flutter|>Dart,Mobile Development
Xamarin|.net maui,maui>C#
!Ionic|cordova,phonegap>JavaScript
SwiftUI|>Swift,iOS
UIKit|>iOS,Swift
Jetpack Compose|>Android,Kotlin
Xcode|>iOS
Android Studio|>Android
Core Data|>iOS
Mobile Development|mobile app development,mobile apps,mobile applications,mobile engineering>iOS,Android
App Store Optimization|aso>Mobile Development
Kotlin Multiplatform|kmm,kmp>Kotlin
!Expo|>React Native
RxSwift|>Swift
Push Notifications|apns,fcm>Mobile Development
# database
PostgreSQL|postgres,psql,postgresql 15,pgsql>SQL,MySQL,Databases
MySQL|mariadb>SQL,PostgreSQL
Microsoft SQL Server|sql server,mssql,ms sql,ssms>T-SQL,SQL
Oracle Database|oracle db,!Oracle,oracle rdbms>PL/SQL,SQL
SQLite|>SQL
MongoDB|mongo,mongoose>NoSQL
Redis|redis cache>Caching,NoSQL
!Cassandra|apache cassandra,scylladb>NoSQL
DynamoDB|amazon dynamodb,dynamo db>AWS,NoSQL
Couchbase|couchdb>NoSQL
Neo4j|cypher>Graph Databases
Graph Databases|graph database>Neo4j
NoSQL|non-relational databases>MongoDB,Cassandra
Databases|relational databases,rdbms,database design,database management>SQL
Database Administration|dba,database administrator>Databases
Data Modeling|data modelling,schema design,dimensional modeling,star schema>Databases,Data Warehousing
CockroachDB|>PostgreSQL,Distributed Systems
ClickHouse|>Data Warehousing
TimescaleDB|>PostgreSQL
InfluxDB|influx>Time Series Analysis
Amazon Aurora|!Aurora>AWS,PostgreSQL
Amazon RDS|rds>AWS,PostgreSQL
Google Cloud Spanner|!Spanner,cloud spanner>Google Cloud Platform
Firebird|>SQL
IBM Db2|db2>SQL
Teradata|>Data Warehousing
Vector Databases|pinecone,weaviate,milvus,qdrant,pgvector,chromadb>Machine Learning
Query Optimization|sql tuning,performance tuning,query tuning>SQL
Database Replication|replication,sharding,partitioning>Databases
Memcached|>Caching
Etcd|>Kubernetes
`;
