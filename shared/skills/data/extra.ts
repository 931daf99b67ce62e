// Further skills across fields (kept apart so each data file stays readable). Format: see software.ts.
export const EXTRA = `# architecture
Cloud Architecture|cloud architect,solutions architecture,solution architecture>Cloud Computing,System Design
Enterprise Architecture|togaf,enterprise architect>Cloud Architecture
Data Architecture|data architect>Data Modeling,Data Warehousing
API Gateway Patterns|bff,backend for frontend>API Development
Multi-Tenancy|multi-tenant architecture,multitenancy>System Design
Real-Time Systems|low latency systems,low-latency>Performance Optimization
Fault Tolerance|resilience engineering,circuit breakers>Distributed Systems
Consensus Algorithms|raft consensus,paxos>Distributed Systems
Rate Limiting|throttling>API Development
Idempotency|exactly-once semantics>Distributed Systems
Data Consistency|acid transactions,eventual consistency>Databases
Network Protocols|protocol design,tcp/ip stack>Networking
Operating Systems|os internals,operating system internals>Linux
Compilers|compiler design,llvm>C++
Programming Languages Theory|type systems,type theory>Compilers
Static Typing|static type checking>TypeScript
Memory Safety|>Rust
Linkers and Loaders|elf binaries>Compilers
Browser Internals|v8,chromium,webkit>JavaScript
Web Performance Budgets|bundle size optimization,code splitting,tree shaking>Performance Optimization
Web Security|xss,csrf,content security policy,cors>Application Security
Secure Software Supply Chain|sbom,sigstore,slsa>Application Security
Container Security|image scanning,trivy,falco>Cloud Security
Kubernetes Operators|kubernetes operator,custom resource definitions,crds,controller-runtime>Kubernetes,Go
eBPF|bpf>Linux,Kernel Development
Service Level Objectives|slos,slis,slas,error budgets>Site Reliability Engineering
Runbook Automation|toil reduction>Site Reliability Engineering
GitOps Workflows|>Argo CD
Artifact Management|artifactory,jfrog,nexus repository,sonatype nexus>CI/CD
Code Quality|static code analysis,linting,code coverage>Static Analysis
Technical Debt|refactoring,legacy modernization,legacy code>Software Engineering
Pair Programming|mob programming>Agile
Extreme Programming|>Agile
Technical Leadership|tech lead,technical lead,engineering leadership>Leadership,Software Engineering
Engineering Management|engineering manager,managing engineers>People Management,Technical Leadership
Architecture Reviews|design reviews,rfcs,design docs,technical design documents>System Design
On-Call Operations|on call experience,24/7 support>Incident Management
# analytics
Data Lineage|openlineage>Data Governance
Data Observability|monte carlo data,data monitoring>Data Quality
SQL Window Functions|window functions,ctes,common table expressions>SQL
Stored Procedures|database functions>SQL
Database Indexing|indexing strategies>Query Optimization
Excel Modeling|excel models,sensitivity analysis,scenario analysis>Financial Modeling
Data Cleaning|data wrangling,data cleansing,data preparation,data munging>Data Analysis
Exploratory Data Analysis|eda>Data Analysis
Dimensionality Reduction|pca,principal component analysis,t-sne,umap>Machine Learning
Clustering|k-means,kmeans,hierarchical clustering,dbscan>Machine Learning
Classification Models|random forest,decision trees,svm,support vector machines,naive bayes>Machine Learning
Ensemble Methods|bagging,boosting>Machine Learning
Generative Models|gans,diffusion models,vaes,variational autoencoders>Deep Learning
Convolutional Neural Networks|cnn,cnns,resnet>Computer Vision
Recurrent Neural Networks|rnn,lstm,gru>Deep Learning
Graph Neural Networks|gnn,gnns>Deep Learning
Optimization Algorithms|gradient descent,convex optimization,stochastic optimization>Mathematics
Uplift Modeling|incrementality testing,incrementality>Causal Inference
Pricing Analytics|pricing strategy,price optimization,revenue management>Data Analysis
Risk Modeling|credit scoring,probability of default,pd/lgd>Credit Analysis
Fraud Analytics|fraud prevention,fraud investigation,chargebacks>Anomaly Detection
Churn Prediction|churn modeling,customer lifetime value,ltv modeling,clv>Machine Learning
Sports Analytics|>Data Analysis
Healthcare Analytics|clinical data analysis,claims data>Data Analysis
Supply Chain Analytics|logistics analytics>Data Analysis
People Analytics|hr analytics,workforce analytics>Data Analysis
Web Scraping Ethics|robots.txt>Beautiful Soup
Data Journalism|>Data Visualization
Open Data|public datasets>Data Analysis
# business
Financial Operations|finance operations>Accounting
Cash Flow Forecasting|13-week cash flow>Corporate Finance
Budget Forecasting|rolling forecasts,reforecasting>Financial Planning and Analysis
Investor Relations|earnings calls>Corporate Finance
Fundraising|capital raising,raising capital,venture fundraising>Investor Relations
Mergers Integration|post-merger integration,pmi>Investment Banking
Unit Economics|cac,ltv:cac,contribution margin>Financial Analysis
SaaS Metrics|arr,mrr,net revenue retention,nrr>Unit Economics
!!Pricing|pricing models,packaging and pricing>Product Marketing
Go-to-Market Operations|gtm operations>Sales Operations
Customer Onboarding|client onboarding,customer implementations>Customer Success
Renewals|contract renewals,renewal management>Account Management
Quota Attainment|exceeding quota,quota carrying,quota>Sales
Cold Email|email outreach,outbound email>Prospecting
Sales Presentations|product demos,demos,demoing>Presentation Skills
RFP Responses|rfp,rfps,proposal writing,request for proposal>Pre-Sales
Partnership Management|alliance management,channel management>Business Development
Franchise Management|franchising>Operations Management
Store Management|store manager,retail management>Retail Sales
Loss Prevention Retail|shrink reduction>Retail Sales
Customer Retention Marketing|retention marketing,loyalty programs,crm campaigns>Email Marketing
Growth Hacking|growth experiments,viral loops,referral programs>Digital Marketing
Marketing Operations|marketing ops,mops>Marketing Automation
Brand Partnerships|sponsorships,co-marketing>Branding
Content Operations|content ops,editorial operations>Content Marketing
Community Management Platforms|discord,discourse,circle.so>Social Media Marketing
Reputation Management|online reviews,review management>Public Relations
Crisis Communications|crisis management>Public Relations
Speechwriting|>Writing
Ghostwriting|>Writing
Medical Writing|regulatory writing,clinical study reports>Technical Writing
Grant Compliance|grant reporting>Grant Writing
Proposal Management|capture management,shipley>RFP Responses
Customer Insights|voice of the customer,voc,customer feedback analysis,nps>Market Research
Competitive Intelligence|market intelligence>Market Research
Business Case Development|business cases,roi analysis,cost-benefit analysis>Financial Analysis
Executive Assistance|executive assistant,chief of staff>Administrative Support
Office Coordination|office coordinator,front desk coordination>Administrative Support
Receptionist|reception,front desk reception,phone etiquette,multi-line phones>Administrative Support
Virtual Assistance|virtual assistant>Administrative Support
Procurement Negotiation|supplier negotiation>Negotiation,Procurement
Sourcing Strategy|category strategy,spend analysis>Procurement
Import Compliance|hts classification,tariffs>Import/Export
Lean Six Sigma Black Belt|black belt>Six Sigma
ISO Auditing|iso lead auditor,internal quality audits>Auditing
Sarbanes-Oxley|sox,sox compliance,sox 404,internal controls>Auditing
Enterprise Risk Management|erm,operational risk>Risk Management
Business Continuity|bcp,business continuity planning>Emergency Management
Insurance Brokerage|insurance broker,commercial insurance,p&c insurance,property and casualty>Insurance Industry
Life Insurance|annuities>Insurance Industry
Mortgage Lending|mortgage,loan origination,loan officer,mortgage underwriting>Credit Analysis
Wealth Planning|financial planning advice,retirement planning,cfp,certified financial planner>Portfolio Analysis
Payroll Compliance|multi-state payroll>Payroll
Benefits Enrollment|open enrollment>Compensation and Benefits
Immigration|visa processing,immigration law,h-1b processing>Employment Law
Labor Relations|collective bargaining,union relations>Employee Relations
Employee Engagement|engagement surveys,employee experience>Human Resources
HR Compliance|i-9 compliance,e-verify>Employment Law
Talent Management|high potential programs,talent reviews>Human Resources
Executive Search|retained search>Recruiting
Campus Recruiting|university recruiting,early careers recruiting>Recruiting
Sourcing Tools|hireez,seekout,gem recruiting>Recruiting
# healthcare
Dialysis|hemodialysis,peritoneal dialysis>Nursing
Cardiology|cardiac care,cardiovascular>Telemetry
Neurology|stroke care,neuro nursing>Nursing
Orthopedics|orthopaedics,orthopedic nursing>Nursing
Endoscopy|gi procedures>Operating Room
Anesthesia|crna,anesthesiology,sedation>Operating Room
Trauma Care|tncc,trauma nursing>Emergency Medicine
Neonatal Care|neonatal resuscitation>Pediatrics
Ambulatory Care|outpatient care,clinic nursing>Nursing
Utilization Review|utilization management,case review>Social Work
Nurse Leadership|charge nurse,nurse manager,nursing leadership>Nursing,Leadership
Patient Safety|fall prevention,patient safety goals>Infection Control
Medication Reconciliation|med rec>Medication Administration
Glucose Monitoring|diabetes management,insulin administration>Nursing
Tracheostomy Care|trach care,airway management>Respiratory Therapy
Catheterization|foley catheter,urinary catheter>Nursing
Telehealth|telemedicine,virtual care>Patient Care
Medical Assisting|medical assistant,clinical assistant,cma>Patient Care
Surgical Technology|surgical technologist,surgical tech>Operating Room
Sterile Processing|instrument sterilization,central sterile>Infection Control
Clinical Laboratory Science|medical laboratory scientist,clinical lab,medical technologist>Laboratory Skills
Histology|histotechnology,tissue processing>Laboratory Skills
Cytology|>Laboratory Skills
Audiology|hearing tests>Patient Care
Optometry|vision care,eye exams>Patient Care
Chiropractic|chiropractor>Physical Therapy
Applied Behavior Analysis|aba,bcba,rbt,behavior analysis>Special Education
Substance Abuse Counseling|addiction counseling,substance use disorder,sud>Counseling
Crisis Counseling|suicide prevention>Mental Health
Psychological Assessment|psychometrics,neuropsychological testing>Mental Health
Healthcare Compliance|joint commission,cms regulations>Compliance
Quality Improvement Healthcare|clinical quality improvement,pdsa>Process Improvement
Population Health Management|care management,chronic care management>Public Health
Pharmacy Benefits|pbm,formulary management>Pharmacy
Hospital Pharmacy|sterile compounding,iv compounding,usp 797>Pharmacy
# trades
Heavy Equipment Operation|excavator,backhoe,bulldozer,heavy machinery>Construction
Crane Operation|crane operator,rigging and signaling>Construction
Masonry|bricklaying,concrete work,concrete finishing>Construction
Roofing|roofer>Construction
Painting Trade|commercial painting,drywall>Construction
Glazing|glazier>Construction
Boilermaking|boilers,steam systems>Welding
Refrigeration|commercial refrigeration,epa 608>HVAC
Solar Installation|pv installation,solar installer>Renewable Energy
Wind Turbine Maintenance|wind technician>Renewable Energy
Lineman|line work,power line,utility line work>Electrical Wiring
Instrumentation|instrument technician,calibration,metrology>Control Systems
Locksmithing|access control systems>Public Safety
Appliance Repair|>Maintenance
Small Engine Repair|>Automotive Repair
Diesel Mechanics|diesel technician,diesel engines>Automotive Repair
Collision Repair|auto body,body shop>Automotive Repair
Marine Operations|deckhand,merchant marine,vessel operations>Logistics
Aviation Operations|flight operations,airline operations,ground handling>Logistics
Piloting|commercial pilot,airline transport pilot,flight hours>Aviation Operations
Air Traffic Control|>Aviation Operations
Railroad Operations|rail operations,train conductor>Logistics
Material Handling|loading and unloading,manual handling>Warehouse Operations
Packaging|packaging design,packaging engineering>Manufacturing Engineering
Assembly Work|mechanical assembly,electronic assembly,assembly line,soldering>Manufacturing Engineering
Textile Manufacturing|sewing,textiles>Fashion Design
Food Production|food manufacturing,food processing>Food Science
Brewing|brewer,fermentation>Food Production
Print Production|prepress,offset printing,print management>Graphic Design
Signage|sign installation,large format printing>Print Production
Jewelry Design|jewelry making>Fashion Design
Upholstery|>Carpentry
Tailoring|alterations>Textile Manufacturing
Floral Design|florist>Event Planning
Animal Training|dog training>Veterinary Care
Pet Grooming|dog grooming>Veterinary Care
Pool Maintenance|pool service>Maintenance
Property Inspection|home inspection,building inspection,code enforcement>Construction Management
Real Estate Appraisal|appraisal,property valuation>Real Estate
Title and Escrow|escrow,title insurance,closing coordination>Real Estate
Leasing Consulting|leasing agent,apartment leasing>Real Estate
Auctioneering|auctions>Sales
Tour Guiding|tour guide>Travel Planning
Event Security|crowd management>Public Safety
Lifeguarding|lifeguard,water safety>Basic Life Support
Coaching Sports|athletic coaching,sports coaching>Personal Training
Yoga Instruction|yoga,pilates>Personal Training
Spa Services|spa therapy,spa management>Massage Therapy
Nail Technology|manicure,pedicure,nail technician>Cosmetology
Makeup Artistry|makeup artist,special effects makeup>Cosmetology
`;
