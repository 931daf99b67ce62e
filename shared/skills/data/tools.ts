// Further tools, libraries and niche technical areas. Format: see software.ts.
export const TOOLS = `# tools
Blockchain|distributed ledger,web3,web 3.0>Smart Contracts,Ethereum
Ethereum|evm>Solidity,Blockchain
Smart Contracts|smart contract development>Solidity,Ethereum
Hardhat|foundry,truffle>Solidity
Solana|>Rust,Blockchain
Cryptocurrency|crypto,defi,decentralized finance,nfts>Blockchain
Bitcoin|lightning network>Blockchain
Augmented Reality|ar/vr,arkit,arcore,mixed reality,xr>Virtual Reality,Unity
Virtual Reality|vr,oculus,meta quest,openxr>Augmented Reality,Unity
Computer Graphics|rendering,ray tracing,graphics programming>OpenGL,Vulkan
OpenGL|opengl es>Computer Graphics
Vulkan|directx,metal api>Computer Graphics
Godot|godot engine>Game Development
Robotic Process Automation|rpa,uipath,automation anywhere,blue prism>Automation
Zapier|make.com,integromat,n8n>Workflow Automation
Workflow Automation|business process automation,no-code automation>Zapier
Low-Code|no-code,low code,power apps,powerapps,outsystems,mendix,bubble.io,retool>Workflow Automation
Power Automate|microsoft flow>Low-Code,Microsoft Office
Airtable|>Low-Code
Salesforce Administration|salesforce admin,salesforce administrator>Salesforce
Salesforce Development|lightning web components,lwc,visualforce>Salesforce,Salesforce Apex
ServiceNow Development|servicenow developer>ITIL
Microsoft Dynamics 365 Development|dynamics crm development>CRM
SAP ABAP Development|sap abap>ABAP,SAP
Workday Integration|workday studio,workday eib>HRIS
Tableau Prep|>Tableau
Excel VBA|excel vba macros>Visual Basic,Microsoft Excel
Power Pivot|>Power BI
Snowflake SQL|snowsql>Snowflake
Spark Streaming|structured streaming>Apache Spark,Stream Processing
Elastic Stack|elastic beats>Elasticsearch
Graylog|>Log Management
!Loki|grafana loki>Grafana
!Thanos|cortex metrics>Prometheus
VictoriaMetrics|>Prometheus
Traefik|>Load Balancing
!Caddy|caddy server>Nginx
!Varnish|varnish cache>Caching
!Kong|kong gateway,apigee,api management>Amazon API Gateway
MuleSoft|mule esb,anypoint>API Development
Apache Camel|>API Development
Boomi|dell boomi>API Development
Enterprise Service Bus|esb,middleware>API Development
IBM MQ|websphere mq,activemq>Message Queues
WebSphere|ibm websphere,weblogic,jboss,wildfly>Java
Liferay|>Java
Struts|apache struts>Java
JSF|java server faces,jsp,servlets>Java
Lombok|>Java
JVM|jvm tuning,garbage collection tuning>Java
Java Concurrency|completablefuture>Concurrency,Java
Reactive Programming|project reactor,webflux,spring webflux>RxJS,Java
!!Boost|boost c++>C++
STL|standard template library>C++
!Qt|qt framework,qml>C++
WinForms|windows forms,wpf,xaml>C#,.NET
Unity DOTS|>Unity
LINQ|>C#
!Razor|razor pages>ASP.NET
SignalR|>ASP.NET,WebSockets
!Dapper|>.NET
NumPy Vectorization|>NumPy
Cython|numba>Python,High Performance Computing
asyncio|async python,aiohttp>Python,Concurrency
!!Poetry|pipenv,virtualenv,conda,anaconda>Python
Streamlit|gradio,dash plotly>Python,Data Visualization
Beautiful Soup|beautifulsoup,bs4,scrapy,web scraping>Python
Selenium Scraping|>Web Scraping Tools
Web Scraping Tools|crawlers,web crawling>Beautiful Soup
!!Tornado|>Python
!!Pyramid|>Python
Jinja|jinja2>Python,Flask
Gunicorn|uwsgi,uvicorn>Python
Mypy|type hints,pyright>Python
Ruff|flake8,black formatter,pylint>Python
ESLint|prettier,biome>JavaScript
Lodash|underscore.js>JavaScript
Moment.js|date-fns,day.js,luxon>JavaScript
Axios|fetch api>JavaScript
React Query|tanstack query,swr>React
React Router|tanstack router>React
Formik|react hook form>React
Zod|yup,joi>TypeScript
!Immer|>Redux
GSAP|framer motion,css animations>CSS
Sass Modules|css modules,postcss>CSS
Shadcn UI|radix ui,headless ui>React,Tailwind CSS
Ant Design|antd>React
Vuetify|quasar>Vue.js
Angular Material|ngrx>Angular
Ionic React|>React
Leaflet|mapbox,openlayers,google maps api>JavaScript,Geospatial Analysis
Highcharts|echarts,recharts,nivo>Data Visualization
WebRTC|video streaming,live streaming>WebSockets
FFmpeg|video encoding,transcoding,gstreamer>Video Engineering
Video Engineering|hls,dash streaming,video codecs,h.264>FFmpeg
Audio Programming|juce,digital audio,vst plugins>C++,Signal Processing
Game Physics|physics engines,box2d>Game Development
Multiplayer Networking|netcode,game servers>Game Development
Game Design|gameplay design,systems design games>Game Development
Mobile Game Development|>Game Development,Unity
Android NDK|jni>Android,C++
iOS Frameworks|avfoundation,core animation,core graphics,mapkit,healthkit>iOS
App Clips|widgetkit>iOS
Mobile CI|fastlane,bitrise,app center>CI/CD,Mobile Development
Mobile Analytics|firebase analytics,appsflyer>Product Analytics
Deep Linking|branch.io,universal links>Mobile Development
In-App Purchases|storekit,google play billing,revenuecat>Mobile Development
App Store|app store connect,google play console,app publishing>Mobile Development
# platform
Identity Platforms|auth0,firebase authentication,cognito,amazon cognito,keycloak>OAuth,Authentication
Payment Gateways Integration|adyen,braintree,paypal api,square api>Payment Processing
Plaid|open banking>Fintech
Twilio Segment|twilio segment cdp,rudderstack,customer data platform,cdp>Product Analytics
Feature Flags|launchdarkly,feature toggles,split.io,unleash>Continuous Delivery Practices
Continuous Delivery Practices|trunk-based development,blue-green deployments,canary releases,progressive delivery>CI/CD
Dependency Management|renovate,dependabot>Software Engineering
Monorepos|monorepo,nx monorepo,turborepo,lerna>Build Systems
Internal Tooling|developer tools,developer experience,devex>Platform Engineering
Performance Optimization|performance engineering,profiling,latency optimization,web performance,core web vitals>Scalability
Memory Management|memory profiling,memory leaks>Performance Optimization
!!Search|search relevance,information retrieval,search ranking>Elasticsearch,Machine Learning
Data Privacy Engineering|anonymization,pseudonymization,differential privacy>Privacy Law
Geolocation|location services,gps>Geospatial Analysis
!!Mapping|cartography>Geospatial Analysis
Ad Tech|adtech,real-time bidding,rtb,ad serving>Programmatic Advertising
Email Deliverability|sendgrid,mailgun,postmark,amazon ses,smtp>Email Marketing
SMS Marketing|text message marketing,attentive,postscript>Marketing Automation
Chatbots|conversational ai,dialogflow,rasa,chatbot development>Natural Language Processing
Knowledge Graphs|ontologies,rdf,sparql,owl ontology>Graph Databases
ETL Testing|data testing>Data Quality
Data Contracts|schema registry>Data Governance
Reverse ETL|hightouch>ETL
Semantic Layer|metrics layer,cube.js>Business Intelligence
Data Catalog Tools|datahub,amundsen>Data Governance
Notebook Platforms|google colab,deepnote>Jupyter
Model Serving|torchserve,triton inference server,bentoml,seldon,kserve>MLOps
Vector Search|faiss,approximate nearest neighbor,ann search,embeddings>Vector Databases
Annotation Tools|data labeling,data annotation,labelbox,label studio>Machine Learning
Synthetic Data|data augmentation>Machine Learning
Time Series Databases|>InfluxDB
Geospatial Databases|postgis>PostgreSQL,Geospatial Analysis
Full-Text Search|full text search,meilisearch,typesense>Elasticsearch
Object Storage|minio,blob storage,gcs,google cloud storage,azure blob storage>Amazon S3
Backup and Recovery|backups,disaster recovery>Site Reliability Engineering
Storage Systems|netapp,storage administration>Linux Administration
Citrix|vdi,virtual desktop infrastructure>Virtualization
Microsoft Intune|intune,mdm solutions,mobile device management,jamf>Endpoint Security
Microsoft Exchange|exchange server,exchange online>Windows Server
Office 365 Administration|m365 administration,microsoft 365 administration>Microsoft Office
IT Asset Management|itam,asset inventory>ITIL
Network Administration|network administrator>Networking
Help Desk Ticketing|ticketing systems,jira service management,freshservice>Technical Support
Hardware Troubleshooting|pc repair,computer repair,hardware repair>Technical Support
Printers|printer support>Technical Support
Point of Sale Systems|toast pos,square pos,clover pos>Retail Sales
Shopify Plus|>Shopify
BigCommerce|>E-commerce
WooCommerce|>WordPress,E-commerce
Webflow|>Web Design
Wix|squarespace>Web Design
Elementor|>WordPress
Google Search Console|>SEO
Google Merchant Center|google shopping>E-commerce
Amazon Advertising|amazon ads,sponsored products>E-commerce,Paid Social
Hootsuite|sprout social>Social Media Marketing
Hotjar|fullstory,session replay,heatmaps>Conversion Rate Optimization
Optimizely|vwo,google optimize>A/B Testing
Salesforce Marketing Cloud|exacttarget>Marketing Automation
Adobe Experience Manager|aem>Content Management Systems
Sitecore|>Content Management Systems
Contentstack|>Content Management Systems
!Gong|chorus.ai>Sales Enablement
ZoomInfo|apollo.io,lusha,sales navigator,linkedin sales navigator>Prospecting
DocuSign|e-signature,pandadoc>Contract Management
Carta|cap table management>Corporate Finance
Stripe Billing|chargebee,recurly,zuora,subscription billing>Revenue Recognition
Bill.com|tipalti,coupa>Accounts Payable
Anaplan|adaptive insights,workday adaptive planning,hyperion,oracle hyperion,planful>Financial Planning and Analysis
BlackLine|>General Ledger
Avalara|vertex tax>Tax
Sage Intacct|>ERP
Epicor|infor,syspro,acumatica>ERP
JD Edwards|jde,peoplesoft>ERP
Kronos|ukg,workforce management>HRIS
!Lattice|15five,culture amp>Performance Management
Greenhouse ATS|greenhouse recruiting>Applicant Tracking Systems
Lever ATS|lever hire>Applicant Tracking Systems
LinkedIn Recruiter|boolean search>Recruiting
Clio|legal practice management>Legal
!Relativity|>Litigation
Veeva|veeva vault,veeva crm>Clinical Research
Medidata|medidata rave,edc,electronic data capture>Clinical Research
REDCap|>Clinical Research
SAS Clinical|cdisc,sdtm,adam datasets>SAS,Clinical Research
GraphPad Prism|graphpad>Statistics
ImageJ|>Microscopy
Microscopy|confocal microscopy,fluorescence microscopy,electron microscopy>Laboratory Skills
Benchling|>LIMS
LabVIEW|ni labview>Test Engineering
ArcGIS Pro|esri>Geospatial Analysis
Primavera P6|primavera,oracle primavera>Project Management
SketchUp|>3D Modeling
!Rhino|rhinoceros 3d,grasshopper>3D Modeling,Architecture
Lumion|v-ray,enscape>Architecture
Keyshot|product rendering>3D Modeling
Substance Painter|substance 3d>3D Modeling
Houdini|>3D Animation
!Nuke|compositing>Video Editing
Avid Media Composer|>Video Editing
Adobe Audition|audacity>Audio Engineering
Procreate|>Illustration
Affinity Designer|>Graphic Design
CorelDRAW|>Graphic Design
QuarkXPress|>Layout Design
Miro|whiteboarding>Facilitation
!Loom|>Communication
Calendly|>Calendar Management
Dropbox|box.com>Google Workspace
1Password|password managers,lastpass>Cybersecurity
`;
