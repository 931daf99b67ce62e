// Design, product, office, marketing, sales, finance, HR, legal and support skills. Format: see software.ts.
export const BUSINESS = `# design
UX Design|user experience,user experience design,ux,ux/ui,experience design>UI Design,User Research,Figma,Wireframing
UI Design|user interface design,ui design,visual design,interface design>UX Design,Figma
Product Design|product designer>UX Design,UI Design
User Research|ux research,usability testing,user interviews,usability studies,contextual inquiry>UX Design
Interaction Design|ixd,micro-interactions>UX Design
Information Architecture|card sorting,site maps>UX Design
Wireframing|wireframes,low-fidelity wireframes,mockups>Prototyping,UX Design
Prototyping|prototypes,high-fidelity prototypes,rapid prototyping>Figma,Wireframing
Design Systems|design system,component libraries,pattern libraries>UI Design,Figma
Figma|figjam>UI Design,Prototyping,Sketch
!Sketch|sketch app>Figma
Adobe XD|>Figma
InVision|>Prototyping
!Framer|>Prototyping
Adobe Creative Suite|adobe creative cloud,adobe cc>Adobe Photoshop,Adobe Illustrator,Adobe InDesign
Adobe Photoshop|photoshop>Adobe Creative Suite,Photo Editing
Adobe Illustrator|illustrator>Adobe Creative Suite,Graphic Design
Adobe InDesign|indesign>Adobe Creative Suite,Layout Design
Adobe After Effects|after effects>Motion Graphics
Adobe Premiere Pro|premiere pro>Video Editing
Adobe Lightroom|lightroom>Photo Editing
Final Cut Pro|>Video Editing
DaVinci Resolve|>Video Editing
Canva|>Graphic Design
Graphic Design|graphic designer,print design>Adobe Illustrator,Typography
Typography|>Graphic Design
Branding|brand identity,brand design,visual identity>Graphic Design,Brand Management
Layout Design|page layout,editorial design>Adobe InDesign
Motion Graphics|motion design,animation>Adobe After Effects
Video Editing|video editor>Adobe Premiere Pro
Photo Editing|photo retouching,retouching>Adobe Photoshop
Photography|product photography>Photo Editing
Illustration|digital illustration>Adobe Illustrator
3D Modeling|3d modelling,!Blender,autodesk maya,cinema 4d,3ds max,zbrush>3D Animation
3D Animation|rigging>3D Modeling
!Unity|unity3d,unity engine>C#,Game Development
Unreal Engine|ue4,ue5>C++,Game Development
Game Development|game programming,gamedev>Unity,Unreal Engine
Level Design|>Game Design
Design Thinking|human-centered design,human centered design>UX Design
Service Design|service blueprints,journey mapping,customer journey mapping>UX Design
Content Design|ux writing,ux copywriting,microcopy>UX Design,Copywriting
Web Design|website design>UI Design,HTML
Accessibility Design|inclusive design>Web Accessibility
Industrial Design|>Product Design,CAD
# product
Product Management|product manager,product strategy,product ownership,product owner>Product Roadmapping,Agile,User Research
Product Roadmapping|roadmapping,product roadmaps,roadmap planning>Product Management
Product Discovery|discovery research>Product Management,User Research
Product Marketing|product marketing manager,go-to-market,go to market,gtm strategy,positioning and messaging>Marketing Strategy,Product Management
Requirements Gathering|requirements analysis,business requirements,user stories,prd,prds,product requirements documents>Business Analysis
Business Analysis|business analyst,process analysis,gap analysis>Requirements Gathering
Agile|agile methodologies,agile development,agile methodology,agile/scrum>Scrum,Kanban
Scrum|scrum master,sprint planning,sprints,csm,certified scrum master>Agile
Kanban|>Agile
!SAFe|scaled agile,scaled agile framework>Agile
!Lean|lean methodology,lean startup>Agile,Six Sigma
!Waterfall|>Project Management
Project Management|project manager,project planning,project delivery,managing projects>Stakeholder Management,Agile,PMP
Program Management|program manager,programme management>Project Management
Portfolio Management|pmo>Program Management
PMP|project management professional,pmp certification>Project Management
PRINCE2|>Project Management
Jira|atlassian jira,jira software>Agile,Confluence
Confluence|>Jira,Technical Documentation
Asana|>Project Management
Trello|>Kanban
Monday.com|>Project Management
!Notion|>Project Management
Smartsheet|>Project Management
Microsoft Project|ms project>Project Management
Linear App|linear.app>Jira
Stakeholder Management|stakeholder communication,managing stakeholders,stakeholder engagement>Communication
Change Management|organizational change,organisational change,prosci>Project Management
Risk Management|risk assessment,risk analysis,risk mitigation>Compliance
Vendor Management|supplier management,third-party management>Procurement
Budgeting|budget management,budget planning,budgets>Financial Planning and Analysis
Process Improvement|continuous improvement,process optimization,process optimisation,business process improvement,kaizen>Lean,Six Sigma
Six Sigma|lean six sigma,dmaic,six sigma green belt,six sigma black belt>Process Improvement
Business Process Modeling|bpmn,process mapping>Business Analysis
Strategic Planning|business strategy,corporate strategy,strategic thinking>Leadership
OKRs|objectives and key results>Strategic Planning
Business Development|biz dev,bizdev,strategic partnerships,partnerships manager>Sales,Negotiation
Management Consulting|consulting,strategy consulting>Strategic Planning
Operations Management|business operations,operations strategy>Process Improvement
Technical Program Management|tpm,technical program manager>Program Management
# office
Microsoft Office|ms office,microsoft office suite,office 365,microsoft 365,m365>Microsoft Excel,Microsoft Word,Microsoft PowerPoint
Microsoft Word|ms word>Microsoft Office
Microsoft PowerPoint|powerpoint,ppt>Microsoft Office,Presentation Skills
Microsoft Outlook|outlook>Microsoft Office
Microsoft Access|ms access>Microsoft Office,Databases
Microsoft Teams|ms teams>Microsoft Office
SharePoint|sharepoint online>Microsoft Office
Google Workspace|g suite,gsuite,google docs,google slides,google drive>Google Sheets
!Slack|>Communication
!Zoom|>Communication
Data Entry|typing,keyboarding,10-key>Microsoft Excel
Calendar Management|scheduling,diary management,appointment scheduling>Administrative Support
Administrative Support|administrative assistance,office administration,clerical,office management>Calendar Management
Bookkeeping|>Accounting,QuickBooks
Travel Coordination|travel arrangements,travel booking>Administrative Support
Event Planning|event management,event coordination>Project Management
Minute Taking|meeting minutes,transcription>Administrative Support
Record Keeping|records management,filing,document management>Administrative Support
# marketing
Digital Marketing|online marketing,internet marketing,growth marketing>SEO,SEM,Social Media Marketing,Google Analytics
Marketing Strategy|marketing planning,marketing plans,integrated marketing>Digital Marketing,Brand Management
SEO|search engine optimization,search engine optimisation,on-page seo,technical seo,link building,keyword research>SEM,Content Marketing,Google Analytics
SEM|search engine marketing,paid search,ppc,pay-per-click>Google Ads,SEO
Google Ads|google adwords,adwords>SEM,Paid Social
Paid Social|paid social media,facebook ads,meta ads,instagram ads,linkedin ads,tiktok ads>Social Media Marketing,Google Ads
Programmatic Advertising|programmatic,dsp platforms,the trade desk,dv360,display advertising>Digital Marketing
Social Media Marketing|social media,social media management,social media strategy,community management>Content Marketing,Paid Social
Content Marketing|content strategy,content creation,editorial calendar,blogging>Copywriting,SEO
Copywriting|copywriter,copy writing,ad copy>Content Marketing,Editing
Email Marketing|email campaigns,newsletters,email automation,lifecycle marketing,crm marketing>Marketing Automation,Mailchimp
Marketing Automation|marketo,pardot,eloqua,customer.io,braze,iterable>HubSpot,Email Marketing
HubSpot|hubspot crm,hubspot marketing>Marketing Automation,CRM
Mailchimp|>Email Marketing
Klaviyo|>Email Marketing,Shopify
Brand Management|brand strategy,brand marketing,brand awareness>Branding,Marketing Strategy
Public Relations|!PR,media relations,press releases,communications strategy>Corporate Communications
Corporate Communications|internal communications,external communications,executive communications>Public Relations
Influencer Marketing|influencer partnerships,creator partnerships>Social Media Marketing
Affiliate Marketing|affiliate programs,partner marketing>Digital Marketing
Demand Generation|demand gen,lead generation,lead gen>Marketing Automation,B2B Marketing
Account-Based Marketing|abm,account based marketing>Demand Generation
B2B Marketing|>Demand Generation
B2C Marketing|consumer marketing>Brand Management
Event Marketing|trade shows,field marketing>Marketing Strategy
Conversion Rate Optimization|cro,landing page optimization>A/B Testing,Digital Marketing
Marketing Analytics|marketing attribution,attribution modeling,marketing mix modeling,mmm>Google Analytics,Data Analysis
Customer Acquisition|user acquisition>Performance Marketing
Performance Marketing|>Digital Marketing,Paid Social
Product Launches|launch planning>Product Marketing
Market Segmentation|target audience,buyer personas,personas>Market Research
Video Marketing|youtube marketing>Content Marketing,Video Editing
E-commerce|ecommerce,online retail,e-commerce platforms,dtc,direct-to-consumer>Shopify,Digital Marketing
Marketplace Management|amazon seller central,amazon marketplace>E-commerce
Semrush|ahrefs,moz,screaming frog>SEO
Content Management Systems|cms,content management system>WordPress
Localization|l10n,internationalization,i18n,translation management>Content Design
# sales
Sales|selling,sales experience,direct sales,inside sales,outside sales,field sales>Negotiation,CRM,Prospecting
B2B Sales|enterprise sales,saas sales,solution selling,consultative selling>Sales,Account Management
Account Management|account manager,key account management,client relationship management,relationship management>Customer Success,Sales
Prospecting|cold calling,cold outreach,outbound prospecting,lead qualification,sdr,bdr>Sales
Negotiation|negotiating,contract negotiation,negotiations>Sales
Salesforce|salesforce.com,sfdc,salesforce crm>CRM
CRM|customer relationship management,crm software,crm systems,zoho crm,pipedrive,dynamics 365,microsoft dynamics>Salesforce,HubSpot
Sales Operations|sales ops,revenue operations,revops>Salesforce,CRM
Pipeline Management|sales pipeline,forecast accuracy,deal management>Sales
Sales Enablement|sales training,outreach.io,salesloft>Sales
MEDDIC|meddpicc,challenger sale,spin selling,sandler>B2B Sales
Customer Success|customer success management,client success,customer retention,churn reduction>Account Management,Customer Service
Customer Service|customer support,client service,customer care,customer experience,client support,helpdesk,help desk>Communication,Zendesk
Zendesk|freshdesk,intercom,service cloud,helpscout>Customer Service
Technical Support|tech support,it support,desktop support,service desk,tier 2 support>Customer Service,Troubleshooting
ITIL|itsm,servicenow,it service management>Technical Support
Troubleshooting|problem diagnosis,diagnostics>Technical Support
Retail Sales|retail sales experience,merchandising,visual merchandising,point of sale,pos systems>Customer Service
Cash Handling|cash register,cashiering>Retail Sales
Upselling|cross-selling,cross selling>Sales
Territory Management|territory planning>Sales
Real Estate|property management,leasing,real estate sales>Sales
Insurance Industry|insurance sales,underwriting,claims processing,insurance claims>Risk Management
Pre-Sales|presales,solutions engineering,sales engineering,solutions consulting,technical sales>B2B Sales
Channel Sales|channel partners,reseller management>B2B Sales
# finance
Accounting|accountancy,general accounting,financial accounting>Bookkeeping,GAAP,Financial Reporting
GAAP|us gaap,generally accepted accounting principles>Accounting,IFRS
IFRS|international financial reporting standards>GAAP
Financial Reporting|financial statements,month-end close,month end close,year-end close,financial close>Accounting
Accounts Payable|!AP,invoice processing>Accounting
Accounts Receivable|!AR,billing and collections,invoicing>Accounting
General Ledger|!GL,journal entries,reconciliations,account reconciliation,bank reconciliation>Accounting
Payroll|payroll processing,adp,gusto>Accounting,Human Resources
!!Tax|taxation,tax preparation,tax compliance,corporate tax,indirect tax,vat,sales tax>Accounting
Auditing|audit,internal audit,external audit,audits>Accounting,Compliance
Financial Planning and Analysis|fp&a,financial planning,variance analysis>Financial Modeling,Budgeting
Financial Modeling|financial modelling,dcf,discounted cash flow,valuation,lbo>Financial Planning and Analysis,Microsoft Excel
Investment Banking|m&a,mergers and acquisitions,capital markets>Financial Modeling
Private Equity|venture capital,due diligence>Investment Banking
Corporate Finance|treasury,cash management,cash flow management>Financial Planning and Analysis
Portfolio Analysis|asset management,wealth management,investment management>Financial Analysis
Financial Analysis|financial analyst>Financial Planning and Analysis
Equity Research|>Financial Analysis
!!Trading|equities trading,fixed income,derivatives,options trading,fx trading>Quantitative Analysis
Credit Analysis|credit risk,lending,loan underwriting>Risk Management
Anti-Money Laundering|aml,kyc,know your customer,bsa/aml,sanctions screening>Compliance
Compliance|regulatory compliance,compliance management>Risk Management
QuickBooks|quickbooks online,qbo>Bookkeeping
Xero|>Bookkeeping
NetSuite|oracle netsuite>ERP
SAP|sap erp,sap s/4hana,s/4hana,sap fico,sap fi,sap mm,sap sd>ERP
Oracle EBS|oracle e-business suite,oracle financials,oracle fusion>ERP
Workday Financials|>ERP
ERP|enterprise resource planning,erp systems,microsoft dynamics gp,!Sage>SAP,NetSuite
Bloomberg Terminal|bloomberg>Trading
CPA|certified public accountant>Accounting
CFA|chartered financial analyst>Financial Analysis
ACA|icaew,chartered accountant,icaew chartered accountant>Accounting,ACCA
ACCA|chartered certified accountant>Accounting
CIMA|chartered management accountant,cgma>Accounting
Cost Accounting|costing,cost analysis,standard costing>Accounting
Revenue Recognition|asc 606,ifrs 15>GAAP
Expense Management|expense reports,concur,expensify>Accounts Payable
Procurement|purchasing,sourcing,strategic sourcing,purchase orders>Vendor Management,Supply Chain Management
Fintech|financial technology>Payment Processing
Banking|retail banking,commercial banking>Financial Analysis
# hr
Human Resources|hr,hr generalist,people operations,people ops,personnel management>Recruiting,Employee Relations
!!Recruiting|!!recruitment,talent acquisition,full-cycle recruiting,full cycle recruiting,sourcing candidates,technical recruiting,headhunting>Interviewing,Applicant Tracking Systems
Applicant Tracking Systems|applicant tracking system,workday recruiting,icims,taleo>Recruiting
!!Interviewing|structured interviewing,candidate screening,phone screens>Recruiting
Employee Relations|workplace investigations>Human Resources
!!Onboarding|employee onboarding,new hire onboarding,offboarding>Human Resources
Compensation and Benefits|compensation analysis,benefits administration,total rewards,comp & benefits>Human Resources,Payroll
Performance Management|performance reviews,performance appraisals>Human Resources,People Management
Learning and Development|l&d,training and development,corporate training>Training
HRIS|workday hcm,bamboohr,successfactors,hris systems,rippling>Human Resources
Employment Law|labor law,labour law,flsa,fmla,eeo compliance>Human Resources,Legal
Diversity and Inclusion|dei,d&i,diversity equity and inclusion>Human Resources
Workforce Planning|headcount planning,succession planning>Human Resources
Employer Branding|>Recruiting,Branding
Organizational Development|organisational development,org design>Human Resources
SHRM|shrm-cp,shrm-scp,phr,sphr,cipd>Human Resources
# legal
!!Legal|legal counsel,attorney,lawyer,solicitor>Contract Law,Legal Research
Contract Law|contract drafting,contract review,commercial contracts>Legal,Negotiation
Legal Research|westlaw,lexisnexis>Legal
Litigation|civil litigation,dispute resolution,e-discovery,ediscovery>Legal
Intellectual Property|ip law,patents,patent law,trademarks,copyright>Legal
Corporate Law|corporate governance,securities law>Legal
Privacy Law|gdpr,ccpa,data privacy,data protection,privacy compliance,hipaa compliance>Compliance,Legal
Paralegal|legal assistant>Legal
!!Government|public sector,federal government,government contracting,federal contracts>Compliance
Grant Writing|grant management,grants,development and fundraising>Nonprofit Management
Nonprofit Management|non-profit,nonprofit,ngo>Grant Writing
Policy Analysis|public policy,policy research,legislative analysis>Government
`;
